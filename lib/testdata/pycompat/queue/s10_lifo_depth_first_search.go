package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/queue"
)

var graph = map[string][]string{"A": {"B", "C"}, "B": {"D", "E"}, "C": {"F"}, "D": {}, "E": {"F"}, "F": {}}

func show(xs []string) string { return "['" + strings.Join(xs, "', '") + "']" }

func main() {
	stack := queue.NewLifoQueue(0)
	stack.Put("A")
	seen := map[string]bool{}
	var order []string
	for !stack.Empty() {
		node := stack.Get().(string)
		if seen[node] {
			continue
		}
		seen[node] = true
		order = append(order, node)
		next := graph[node]
		for i := len(next) - 1; i >= 0; i-- {
			stack.Put(next[i])
		}
	}
	fmt.Println(show(order))
	var fifo queue.Queue
	fifo.Put("A")
	seen = map[string]bool{"A": true}
	order = nil
	for !fifo.Empty() {
		node := fifo.Get().(string)
		order = append(order, node)
		for _, nxt := range graph[node] {
			if !seen[nxt] {
				seen[nxt] = true
				fifo.Put(nxt)
			}
		}
	}
	fmt.Println(show(order))
}
