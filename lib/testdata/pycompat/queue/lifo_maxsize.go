package main

import (
	"errors"
	"fmt"

	"github.com/gonotes/gonotes/lib/queue"
)

func main() {
	q := queue.NewLifoQueue(2)
	q.Put(1)
	q.Put(2)
	fmt.Println(pyBool(q.Full()))
	if err := q.PutNowait(3); errors.Is(err, queue.ErrFull) {
		fmt.Println("Full")
	}
	a := q.Get()
	b := q.Get()
	fmt.Println(a, b)
	if _, err := q.GetNowait(); errors.Is(err, queue.ErrEmpty) {
		fmt.Println("Empty")
	}
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
