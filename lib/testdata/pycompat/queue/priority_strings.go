package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/queue"
)

func main() {
	pq := queue.NewPriorityQueue(0)
	for _, w := range []string{"pear", "apple", "fig", "banana"} {
		pq.Put(w)
	}
	for !pq.Empty() {
		fmt.Println(pq.Get())
	}
}
