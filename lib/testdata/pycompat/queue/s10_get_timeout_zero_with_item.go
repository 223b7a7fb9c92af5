package main

import (
	"errors"
	"fmt"

	"github.com/gonotes/gonotes/lib/queue"
)

func main() {
	var q queue.Queue
	q.Put(1)
	x, _ := q.GetTimeout(0)
	fmt.Println(x)
	q.Put(2)
	x, _ = q.GetTimeout(0)
	fmt.Println(x)
	if q.Qsize() > 0 {
		fmt.Println(q.Get())
	} else {
		fmt.Println("empty")
	}
	lq := queue.NewLifoQueue(0)
	lq.Put("x")
	y, _ := lq.GetTimeout(0)
	fmt.Println(y)
	if _, err := lq.GetTimeout(0); errors.Is(err, queue.ErrEmpty) {
		fmt.Println("Empty")
	}
}
