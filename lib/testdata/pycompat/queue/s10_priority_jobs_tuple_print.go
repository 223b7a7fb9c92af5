package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/queue"
)

func main() {
	pq := queue.NewPriorityQueue(0)
	jobs := []queue.Item{{Priority: 3, Value: "backup"}, {Priority: 1, Value: "page oncall"}, {Priority: 2, Value: "deploy"}, {Priority: 1, Value: "fix bug"}, {Priority: 5, Value: "lunch"}}
	for _, j := range jobs {
		pq.Put(j)
	}
	fmt.Println(pq.Qsize())
	for !pq.Empty() {
		it := pq.Get().(queue.Item)
		fmt.Println(it.Priority, it.Value)
	}
	pq.Put(queue.Item{Priority: 0.5, Value: "half"})
	pq.Put(queue.Item{Priority: -1, Value: "neg"})
	fmt.Println(pq.Get(), pq.Get())
}
