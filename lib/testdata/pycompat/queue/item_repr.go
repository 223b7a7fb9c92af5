package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/queue"
)

func main() {
	pq := queue.NewPriorityQueue(0)
	pq.Put(queue.Item{Priority: 1.5, Value: "half"})
	pq.Put(queue.Item{Priority: -2, Value: 7})
	pq.Put(queue.Item{Priority: 0, Value: "it's"})
	pq.Put(queue.Item{Priority: 3, Value: nil})
	pq.Put(queue.Item{Priority: 2, Value: true})
	for !pq.Empty() {
		fmt.Println(pq.Get())
	}
}
