package main

import (
	"container/heap"
	"fmt"
)

type Edge struct {
	To   string
	Cost int
}

type item struct {
	node string
	dist int
}

type minQueue []item

func (q minQueue) Len() int { return len(q) }
func (q minQueue) Less(i, j int) bool {
	return q[i].dist < q[j].dist || (q[i].dist == q[j].dist && q[i].node < q[j].node)
}
func (q minQueue) Swap(i, j int) { q[i], q[j] = q[j], q[i] }
func (q *minQueue) Push(x any)   { *q = append(*q, x.(item)) }
func (q *minQueue) Pop() any     { o := *q; n := len(o); x := o[n-1]; *q = o[:n-1]; return x }

func shortest(g map[string][]Edge, src string) (map[string]int, map[string]string) {
	dist := map[string]int{src: 0}
	prev := map[string]string{}
	q := &minQueue{{src, 0}}
	for q.Len() > 0 {
		it := heap.Pop(q).(item)
		if it.dist > dist[it.node] {
			continue
		}
		for _, e := range g[it.node] {
			nd := it.dist + e.Cost
			if d, ok := dist[e.To]; !ok || nd < d {
				dist[e.To] = nd
				prev[e.To] = it.node
				heap.Push(q, item{e.To, nd})
			}
		}
	}
	return dist, prev
}

func path(prev map[string]string, to string) []string {
	var p []string
	for n := to; n != ""; n = prev[n] {
		p = append([]string{n}, p...)
	}
	return p
}

func main() {
	g := map[string][]Edge{
		"A": {{"B", 4}, {"C", 1}},
		"C": {{"B", 2}, {"D", 7}},
		"B": {{"D", 1}, {"E", 5}},
		"D": {{"E", 1}},
	}
	dist, prev := shortest(g, "A")
	fmt.Println(dist)
	fmt.Println(path(prev, "E"), path(prev, "D"))
}
