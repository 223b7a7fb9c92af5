package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/queue"
)

type edge struct {
	to string
	w  int
}

func main() {
	graph := map[string][]edge{"A": {{"B", 4}, {"C", 1}}, "B": {{"D", 1}}, "C": {{"B", 2}, {"D", 5}}, "D": {}}
	dist := map[string]int{"A": 0}
	get := func(n string) (int, bool) { d, ok := dist[n]; return d, ok }
	pq := queue.NewPriorityQueue(0)
	pq.Put([]any{0, "A"})
	var order []string
	for !pq.Empty() {
		t := pq.Get().([]any)
		d, node := t[0].(int), t[1].(string)
		if best, ok := get(node); ok && d > best {
			continue
		}
		order = append(order, fmt.Sprintf("('%s', %d)", node, d))
		for _, e := range graph[node] {
			nd := d + e.w
			if best, ok := get(e.to); !ok || nd < best {
				dist[e.to] = nd
				pq.Put([]any{nd, e.to})
			}
		}
	}
	fmt.Println("[" + strings.Join(order, ", ") + "]")
	var items []string
	for k, v := range dist {
		items = append(items, fmt.Sprintf("('%s', %d)", k, v))
	}
	sort.Strings(items)
	fmt.Println("[" + strings.Join(items, ", ") + "]")
}
