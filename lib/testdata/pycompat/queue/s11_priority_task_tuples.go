package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/queue"
)

func main() {
	var pq queue.PriorityQueue
	pq.Put(queue.Item{Priority: 2, Value: "code"})
	pq.Put(queue.Item{Priority: 1, Value: "eat"})
	pq.Put(queue.Item{Priority: 3, Value: "sleep"})
	pq.Put(queue.Item{Priority: 1, Value: "breakfast"})
	pq.Put(queue.Item{Priority: 2, Value: "bugs"})
	for !pq.Empty() {
		it := pq.Get().(queue.Item)
		fmt.Println(it.Priority, it.Value)
	}
}
