package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/queue"
)

func main() {
	q := queue.NewPriorityQueue(0)
	q.Put(queue.Item{Priority: 3, Value: "c"})
	q.Put(queue.Item{Priority: 1.5, Value: "a"})
	q.Put(queue.Item{Priority: 2, Value: nil})
	q.Put(queue.Item{Priority: 1.5, Value: "b"})
	q.Put(queue.Item{Priority: -1, Value: "neg"})
	for !q.Empty() {
		fmt.Println(q.Get())
	}
}
