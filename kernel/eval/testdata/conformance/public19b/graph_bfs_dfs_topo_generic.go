package main

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"strings"
)

type Graph[K cmp.Ordered] struct {
	adj map[K][]K
}

func NewGraph[K cmp.Ordered]() *Graph[K] { return &Graph[K]{adj: map[K][]K{}} }

func (g *Graph[K]) Edge(a, b K) {
	g.adj[a] = append(g.adj[a], b)
	if _, ok := g.adj[b]; !ok {
		g.adj[b] = nil
	}
}

func (g *Graph[K]) Nodes() []K {
	ns := make([]K, 0, len(g.adj))
	for k := range g.adj {
		ns = append(ns, k)
	}
	slices.Sort(ns)
	return ns
}

func (g *Graph[K]) BFS(start K) []K {
	seen := map[K]bool{start: true}
	q := []K{start}
	var order []K
	for len(q) > 0 {
		n := q[0]
		q = q[1:]
		order = append(order, n)
		next := slices.Clone(g.adj[n])
		slices.Sort(next)
		for _, m := range next {
			if !seen[m] {
				seen[m] = true
				q = append(q, m)
			}
		}
	}
	return order
}

func (g *Graph[K]) DFS(start K, visit func(K, int) bool) {
	seen := map[K]bool{}
	var rec func(K, int) bool
	rec = func(n K, depth int) bool {
		if seen[n] {
			return true
		}
		seen[n] = true
		if !visit(n, depth) {
			return false
		}
		next := slices.Clone(g.adj[n])
		slices.Sort(next)
		for _, m := range next {
			if !rec(m, depth+1) {
				return false
			}
		}
		return true
	}
	rec(start, 0)
}

var ErrCycle = errors.New("cycle")

func (g *Graph[K]) Topo() ([]K, error) {
	indeg := map[K]int{}
	for _, n := range g.Nodes() {
		for _, m := range g.adj[n] {
			indeg[m]++
		}
	}
	var ready, out []K
	for _, n := range g.Nodes() {
		if indeg[n] == 0 {
			ready = append(ready, n)
		}
	}
	for len(ready) > 0 {
		slices.Sort(ready)
		n := ready[0]
		ready = ready[1:]
		out = append(out, n)
		for _, m := range g.adj[n] {
			if indeg[m]--; indeg[m] == 0 {
				ready = append(ready, m)
			}
		}
	}
	if len(out) != len(g.adj) {
		return out, fmt.Errorf("topo: %d of %d nodes: %w", len(out), len(g.adj), ErrCycle)
	}
	return out, nil
}

func main() {
	g := NewGraph[string]()
	for _, e := range strings.Fields("shirt>tie tie>jacket pants>shoes pants>belt belt>jacket shirt>belt socks>shoes undershorts>pants undershorts>shoes") {
		a, b, _ := strings.Cut(e, ">")
		g.Edge(a, b)
	}
	fmt.Println(g.Nodes())
	fmt.Println(g.BFS("undershorts"))
	var trail []string
	g.DFS("shirt", func(n string, d int) bool {
		trail = append(trail, fmt.Sprintf("%s%s", strings.Repeat(".", d), n))
		return n != "jacket"
	})
	fmt.Println(trail)
	order, err := g.Topo()
	fmt.Println(order, err)
	g.Edge("jacket", "shirt")
	order, err = g.Topo()
	fmt.Println(order, err, errors.Is(err, ErrCycle))
	ig := NewGraph[int]()
	for i := 1; i < 10; i++ {
		ig.Edge(i, (i*3)%10)
		ig.Edge(i, (i+1)%10)
	}
	fmt.Println(ig.BFS(1))
	_, err = ig.Topo()
	fmt.Println(err)
}
