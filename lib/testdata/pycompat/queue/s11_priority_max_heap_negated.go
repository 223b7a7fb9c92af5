package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/queue"
)

func main() {
	names := []string{"ann", "bob", "cy", "di"}
	scores := map[string]int{"ann": 72, "bob": 95, "cy": 88, "di": 95}
	var pq queue.PriorityQueue
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
