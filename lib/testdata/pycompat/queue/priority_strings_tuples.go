package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/queue"
)

func main() {
	pq := queue.NewPriorityQueue(0)
	for _, word := range []string{"pear", "apple", "fig", "banana", "Apple", "apple pie", ""} {
		pq.Put(queue.Item{Priority: len(word), Value: word})
	}
	for !pq.Empty() {
		it := pq.Get().(queue.Item)
		fmt.Println(it.Priority, "'"+it.Value.(string)+"'")
	}
}
