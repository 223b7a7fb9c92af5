package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/queue"
)

func main() {
	pq := queue.NewPriorityQueue(0)
	items := [][]any{{2, 1, "write"}, {1, 2, "test"}, {2, 0, "read"}, {1, 1, "plan"}, {3, 0, "ship"}}
	for _, it := range items {
		pq.Put(it)
	}
	for !pq.Empty() {
		t := pq.Get().([]any)
		fmt.Println(t[0], t[1], t[2])
	}
}
