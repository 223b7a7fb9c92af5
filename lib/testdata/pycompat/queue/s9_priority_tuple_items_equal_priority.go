package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/queue"
)

func main() {
	q := queue.NewPriorityQueue(0)
	q.Put(queue.Item{Priority: 1, Value: "b"})
	q.Put(queue.Item{Priority: 1, Value: "a"})
	q.Put(queue.Item{Priority: 0, Value: "z"})
	q.Put(queue.Item{Priority: 1, Value: "c"})
	fmt.Printf("[%v, %v, %v, %v]\n", q.Get(), q.Get(), q.Get(), q.Get())
}
