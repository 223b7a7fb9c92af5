package main

import (
	"errors"
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/queue"
)

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func main() {
	q := queue.NewLifoQueue(2)
	q.Put(1)
	q.Put(2)
	fmt.Println(pyBool(q.Full()), q.Qsize())
	if err := q.PutNowait(3); errors.Is(err, queue.ErrFull) {
		fmt.Println("Full")
	}
	fmt.Println(q.Get())
	q.Put(3)
	fmt.Println(q.Get(), q.Get(), pyBool(q.Empty()))
	if _, err := q.GetTimeout(10 * time.Millisecond); errors.Is(err, queue.ErrEmpty) {
		fmt.Println("Empty")
	}
}
