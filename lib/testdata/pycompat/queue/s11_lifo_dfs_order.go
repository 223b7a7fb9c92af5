package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/queue"
)

func main() {
	graph := map[string][]string{"A": {"B", "C"}, "B": {"D"}, "C": {"E", "F"}, "D": {}, "E": {}, "F": {}}
	var stack queue.LifoQueue
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
	fmt.Println(strings.Join(order, " -> "))
}
