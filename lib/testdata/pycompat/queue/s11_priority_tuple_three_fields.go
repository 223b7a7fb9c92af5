package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/queue"
)

func main() {
	var pq queue.PriorityQueue
	jobs := [][]any{{2, 1, "write"}, {1, 2, "read"}, {2, 0, "exec"}, {1, 1, "list"}}
	for _, j := range jobs {
		pq.Put(j)
	}
	for !pq.Empty() {
		j := pq.Get().([]any)
		fmt.Printf("(%v, %v, '%v')\n", j[0], j[1], j[2])
	}
}
