package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/queue"
)

func main() {
	pq := queue.NewPriorityQueue(0)
	for _, it := range []queue.Item{{Priority: "b", Value: 2}, {Priority: "a", Value: 9}, {Priority: "b", Value: 1}, {Priority: "a", Value: 3}} {
		pq.Put(it)
	}
	var out []string
	for !pq.Empty() {
		out = append(out, pq.Get().(queue.Item).String())
	}
	fmt.Println("[" + strings.Join(out, ", ") + "]")
}
