package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/queue"
)

func main() {
	pq := queue.NewPriorityQueue(0)
	pq.Put(queue.Item{Priority: 3, Value: "low"})
	pq.Put(queue.Item{Priority: 1, Value: "high"})
	pq.Put(queue.Item{Priority: 2, Value: "mid"})
	pq.Put(queue.Item{Priority: 1, Value: "apple"})
	for !pq.Empty() {
		fmt.Println(pq.Get())
	}
}
