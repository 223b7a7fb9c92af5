package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/queue"
)

func main() {
	pq := queue.NewPriorityQueue(0)
	for _, it := range []queue.Item{{0, "zero"}, {-5, "minus five"}, {3, "three"}, {-1, "minus one"}, {0, "again"}, {3, "alpha"}} {
		pq.Put(it)
	}
	for !pq.Empty() {
		it := pq.Get().(queue.Item)
		fmt.Println(it.Priority, it.Value)
	}
	pq.Put(2.5)
	pq.Put(-0.5)
	pq.Put(1)
	fmt.Printf("[%v, %v, %v]\n", pq.Get(), pq.Get(), pq.Get())
}
