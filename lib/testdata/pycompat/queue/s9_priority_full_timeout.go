package main

import (
	"errors"
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/queue"
)

func main() {
	q := queue.NewPriorityQueue(2)
	q.Put(5)
	q.Put(1)
	fmt.Println(pyBool(q.Full()))
	if err := q.PutTimeout(0, 10*time.Millisecond); errors.Is(err, queue.ErrFull) {
		fmt.Println("Full")
	}
	fmt.Println(q.Get(), pyBool(q.Full()))
	q.Put(0)
	fmt.Println(q.Get(), q.Get(), pyBool(q.Empty()))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
