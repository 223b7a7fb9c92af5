package main

import (
	"cmp"
	"fmt"
	"slices"
)

type Graph[N cmp.Ordered] struct {
	adj map[N][]N
}

func NewGraph[N cmp.Ordered]() *Graph[N] { return &Graph[N]{adj: map[N][]N{}} }

func (g *Graph[N]) AddEdge(a, b N) {
	g.adj[a] = append(g.adj[a], b)
	g.adj[b] = append(g.adj[b], a)
}

func (g *Graph[N]) Nodes() []N {
	ns := make([]N, 0, len(g.adj))
	for n := range g.adj {
		ns = append(ns, n)
	}
	slices.Sort(ns)
	return ns
}

func (g *Graph[N]) neighbors(n N) []N {
	ns := slices.Clone(g.adj[n])
	slices.Sort(ns)
	return slices.Compact(ns)
}

func (g *Graph[N]) BFS(start N, visit func(N, int) bool) {
	dist := map[N]int{start: 0}
	q := []N{start}
	for len(q) > 0 {
		n := q[0]
		q = q[1:]
		if !visit(n, dist[n]) {
			return
		}
		for _, m := range g.neighbors(n) {
			if _, ok := dist[m]; !ok {
				dist[m] = dist[n] + 1
				q = append(q, m)
			}
		}
	}
}

func (g *Graph[N]) Components() [][]N {
	seen := map[N]bool{}
	var comps [][]N
	for _, n := range g.Nodes() {
		if seen[n] {
			continue
		}
		var comp []N
		g.BFS(n, func(m N, _ int) bool {
			seen[m] = true
			comp = append(comp, m)
			return true
		})
		slices.Sort(comp)
		comps = append(comps, comp)
	}
	return comps
}

func main() {
	g := NewGraph[string]()
	for _, e := range [][2]string{{"a", "b"}, {"b", "c"}, {"a", "d"}, {"d", "e"}, {"x", "y"}, {"c", "e"}, {"a", "b"}} {
		g.AddEdge(e[0], e[1])
	}
	fmt.Println(g.Nodes())
	g.BFS("a", func(n string, d int) bool {
		fmt.Printf("%s@%d ", n, d)
		return true
	})
	fmt.Println()
	count := 0
	g.BFS("a", func(string, int) bool { count++; return count < 3 })
	fmt.Println("stopped after", count)
	fmt.Println(g.Components())
	ig := NewGraph[int]()
	for i := 0; i < 10; i++ {
		ig.AddEdge(i, (i*3)%10)
	}
	fmt.Println(ig.Components(), len(ig.adj))
}
