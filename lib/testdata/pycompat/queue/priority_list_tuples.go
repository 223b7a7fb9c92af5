package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/queue"
)

func main() {
	pq := queue.NewPriorityQueue(0)
	pq.Put([]any{2, 1, "x"})
	pq.Put([]any{1, 5, "y"})
	pq.Put([]any{1, 2, "z"})
	for !pq.Empty() {
		fmt.Println(pq.Get())
	}
}
