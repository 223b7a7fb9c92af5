package main

import (
	"errors"
	"fmt"

	"github.com/gonotes/gonotes/lib/queue"
)

func main() {
	q := queue.New(0)
	if _, err := q.GetTimeout(0); errors.Is(err, queue.ErrEmpty) {
		fmt.Println("Empty")
	}
	q.Put(1)
	v, _ := q.GetTimeout(0)
	fmt.Println(v)
	q2 := queue.New(1)
	q2.Put(1)
	if err := q2.PutTimeout(2, 0); errors.Is(err, queue.ErrFull) {
		fmt.Println("Full")
	}
}
