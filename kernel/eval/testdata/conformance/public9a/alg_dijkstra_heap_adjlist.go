package main

import (
	"container/heap"
	"fmt"
	"math"
)

type Edge struct {
	to, w int
}

type Item struct {
	node, dist int
}

type PQ []Item

func (p PQ) Len() int { return len(p) }
func (p PQ) Less(i, j int) bool {
	return p[i].dist < p[j].dist || (p[i].dist == p[j].dist && p[i].node < p[j].node)
}
func (p PQ) Swap(i, j int) { p[i], p[j] = p[j], p[i] }
func (p *PQ) Push(x any)   { *p = append(*p, x.(Item)) }
func (p *PQ) Pop() any     { old := *p; n := len(old); it := old[n-1]; *p = old[:n-1]; return it }

func dijkstra(g [][]Edge, src int) ([]int, []int) {
	dist := make([]int, len(g))
	prev := make([]int, len(g))
	for i := range dist {
		dist[i] = math.MaxInt
		prev[i] = -1
	}
	dist[src] = 0
	pq := &PQ{{src, 0}}
	for pq.Len() > 0 {
		cur := heap.Pop(pq).(Item)
		if cur.dist > dist[cur.node] {
			continue
		}
		for _, e := range g[cur.node] {
			if nd := cur.dist + e.w; nd < dist[e.to] {
				dist[e.to] = nd
				prev[e.to] = cur.node
				heap.Push(pq, Item{e.to, nd})
			}
		}
	}
	return dist, prev
}

func path(prev []int, t int) []int {
	var p []int
	for ; t != -1; t = prev[t] {
		p = append([]int{t}, p...)
	}
	return p
}

func main() {
	n := 7
	g := make([][]Edge, n)
	add := func(a, b, w int) {
		g[a] = append(g[a], Edge{b, w})
		g[b] = append(g[b], Edge{a, w})
	}
	add(0, 1, 7)
	add(0, 2, 9)
	add(0, 5, 14)
	add(1, 2, 10)
	add(1, 3, 15)
	add(2, 3, 11)
	add(2, 5, 2)
	add(3, 4, 6)
	add(4, 5, 9)
	dist, prev := dijkstra(g, 0)
	for v := 0; v < n; v++ {
		if dist[v] == math.MaxInt {
			fmt.Printf("%d: unreachable\n", v)
			continue
		}
		fmt.Printf("%d: dist=%-3d path=%v\n", v, dist[v], path(prev, v))
	}
}
