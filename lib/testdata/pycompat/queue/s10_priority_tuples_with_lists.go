package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/queue"
)

func main() {
	pq := queue.NewPriorityQueue(0)
	pq.Put(queue.Item{Priority: 2, Value: []any{3, 1}})
	pq.Put(queue.Item{Priority: 2, Value: []any{1, 9}})
	pq.Put(queue.Item{Priority: 1, Value: []any{5}})
	pq.Put(queue.Item{Priority: 2, Value: []any{1, 2, 0}})
	var out []string
	for range 4 {
		it := pq.Get().(queue.Item)
		out = append(out, fmt.Sprintf("(%v, %s)", it.Priority, strings.ReplaceAll(fmt.Sprint(it.Value), " ", ", ")))
	}
	fmt.Println("[" + strings.Join(out, ", ") + "]")
	pq.Put(queue.Item{Priority: 1, Value: "t"})
	pq.Put(queue.Item{Priority: 0, Value: "zero"})
	pq.Put(queue.Item{Priority: 0.5, Value: "half"})
	out = nil
	for range 3 {
		it := pq.Get().(queue.Item)
		out = append(out, fmt.Sprintf("(%v, '%v')", it.Priority, it.Value))
	}
	fmt.Println("[" + strings.Join(out, ", ") + "]")
}
