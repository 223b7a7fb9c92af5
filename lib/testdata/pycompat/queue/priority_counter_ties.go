package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/queue"
)

type task struct {
	prio int
	name string
}

func main() {
	pq := queue.NewPriorityQueue(0)
	counter := 0
	for _, t := range []task{{2, "write"}, {1, "read"}, {2, "close"}, {1, "open"}, {3, "exit"}} {
		pq.Put(queue.Item{Priority: []any{t.prio, counter}, Value: t.name})
		counter++
	}
	for !pq.Empty() {
		it := pq.Get().(queue.Item)
		p := it.Priority.([]any)
		fmt.Println(p[0], p[1], it.Value)
	}
}
