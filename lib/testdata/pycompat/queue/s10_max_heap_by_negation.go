package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/queue"
)

func main() {
	pq := queue.NewPriorityQueue(0)
	for _, s := range []struct {
		score int
		name  string
	}{{70, "kim"}, {95, "lee"}, {88, "park"}, {95, "choi"}} {
		pq.Put(queue.Item{Priority: -s.score, Value: s.name})
	}
	for !pq.Empty() {
		it := pq.Get().(queue.Item)
		fmt.Println(-it.Priority.(int), it.Value)
	}
}
