package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/queue"
)

func main() {
	q := queue.NewPriorityQueue(0)
	q.Put(queue.Item{Priority: 2, Value: "it's"})
	q.Put(queue.Item{Priority: 1, Value: `say "hi"`})
	q.Put(queue.Item{Priority: 3, Value: "tab\there"})
	q.Put(queue.Item{Priority: 0, Value: ""})
	for !q.Empty() {
		fmt.Println(q.Get())
	}
}
