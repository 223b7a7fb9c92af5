package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/queue"
)

func main() {
	graph := map[int][]int{1: {2, 3}, 2: {4}, 3: {4, 5}, 4: {6}, 5: {6}, 6: {}}
	q := queue.New(0)
	q.Put([2]int{1, 0})
	dist := map[int]int{}
	var order []int
	for !q.Empty() {
		it := q.Get().([2]int)
		node, d := it[0], it[1]
		if _, ok := dist[node]; ok {
			continue
		}
		dist[node] = d
		order = append(order, node)
		for _, n := range graph[node] {
			q.Put([2]int{n, d + 1})
		}
	}
	var parts []string
	for _, n := range order {
		parts = append(parts, fmt.Sprintf("%d: %d", n, dist[n]))
	}
	fmt.Println("{" + strings.Join(parts, ", ") + "}")
}
