package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/queue"
)

func main() {
	pq := queue.NewPriorityQueue(0)
	pq.Put(queue.Item{Priority: 1, Value: "b"})
	pq.Put(queue.Item{Priority: 0, Value: "z"})
	pq.Put(queue.Item{Priority: 1, Value: "a"})
	pq.Put(queue.Item{Priority: 1, Value: "c"})
	pq.Put(queue.Item{Priority: 0, Value: "y"})
	var out []string
	for !pq.Empty() {
		out = append(out, fmt.Sprint(pq.Get()))
	}
	fmt.Println("[" + strings.Join(out, ", ") + "]")
}
