package main

import (
	"fmt"
	"slices"
)

type Graph[K comparable] struct {
	adj map[K][]K
}

func NewGraph[K comparable]() *Graph[K] { return &Graph[K]{adj: map[K][]K{}} }

func (g *Graph[K]) AddEdge(a, b K) {
	g.adj[a] = append(g.adj[a], b)
	g.adj[b] = append(g.adj[b], a)
}

func (g *Graph[K]) BFS(start K, visit func(K, int)) {
	dist := map[K]int{start: 0}
	queue := []K{start}
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		visit(cur, dist[cur])
		for _, n := range g.adj[cur] {
			if _, ok := dist[n]; !ok {
				dist[n] = dist[cur] + 1
				queue = append(queue, n)
			}
		}
	}
}

func main() {
	g := NewGraph[string]()
	for _, e := range [][2]string{{"a", "b"}, {"a", "c"}, {"b", "d"}, {"c", "d"}, {"d", "e"}} {
		g.AddEdge(e[0], e[1])
	}
	var order []string
	g.BFS("a", func(k string, d int) { order = append(order, fmt.Sprint(k, d)) })
	fmt.Println(order)
	gi := NewGraph[int]()
	gi.AddEdge(1, 2)
	gi.AddEdge(2, 3)
	n := 0
	gi.BFS(3, func(int, int) { n++ })
	fmt.Println(n, slices.Contains(gi.adj[2], 3))
}
