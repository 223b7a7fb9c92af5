package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/queue"
)

func main() {
	pq := queue.NewPriorityQueue(0)
	names := []string{"kim", "lee", "park", "choi"}
	scores := map[string]int{"kim": 88, "lee": 95, "park": 70, "choi": 95}
	for _, name := range names {
		pq.Put(queue.Item{Priority: -scores[name], Value: name})
	}
	rank := 1
	for !pq.Empty() {
		it := pq.Get().(queue.Item)
		fmt.Println(rank, it.Value, -it.Priority.(int))
		rank++
	}
}
