package main

import (
	"errors"
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/queue"
)

func main() {
	q := queue.New(2)
	q.Put(1)
	fmt.Println(pyBool(q.Full()))
	q.Put(2)
	fmt.Println(pyBool(q.Full()), q.Qsize())
	if err := q.PutNowait(3); errors.Is(err, queue.ErrFull) {
		fmt.Println("Full")
	}
	if err := q.PutTimeout(3, 50*time.Millisecond); errors.Is(err, queue.ErrFull) {
		fmt.Println("Full after timeout")
	}
	if err := q.PutNowait(3); errors.Is(err, queue.ErrFull) {
		fmt.Println("Full", "''")
	}
	fmt.Println(q.Get(), pyBool(q.Full()))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
