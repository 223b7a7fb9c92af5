package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/queue"
)

func main() {
	graph := map[string][]string{"A": {"B", "C"}, "B": {"D"}, "C": {"D", "E"}, "D": {"F"}, "E": {"F"}, "F": {}}
	dist := map[string]int{"A": 0}
	seen := []string{"A"}
	q := queue.New(0)
	q.Put("A")
	var order []string
	for !q.Empty() {
		node := q.Get().(string)
		order = append(order, node)
		for _, nxt := range graph[node] {
			if _, ok := dist[nxt]; !ok {
				dist[nxt] = dist[node] + 1
				seen = append(seen, nxt)
				q.Put(nxt)
			}
		}
	}
	fmt.Println("['" + strings.Join(order, "', '") + "']")
	var parts []string
	for _, k := range seen {
		parts = append(parts, fmt.Sprintf("'%s': %d", k, dist[k]))
	}
	fmt.Println("{" + strings.Join(parts, ", ") + "}")
}
