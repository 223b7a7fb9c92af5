package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/queue"
)

func main() {
	pq := queue.NewPriorityQueue(0)
	pq.Put(queue.Item{Priority: 2, Value: "write report"})
	pq.Put(queue.Item{Priority: 1, Value: "fix 'bug'"})
	pq.Put(queue.Item{Priority: 1, Value: "email"})
	pq.Put(queue.Item{Priority: 3, Value: `say "hi"`})
	for !pq.Empty() {
		fmt.Println(pq.Get())
	}
}
