package main

import (
	"cmp"
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

type Graph[N cmp.Ordered] struct {
	adj map[N]map[N]float64
}

func New[N cmp.Ordered]() *Graph[N] { return &Graph[N]{adj: map[N]map[N]float64{}} }

func (g *Graph[N]) AddEdge(a, b N, w float64) {
	for _, n := range []N{a, b} {
		if g.adj[n] == nil {
			g.adj[n] = map[N]float64{}
		}
	}
	g.adj[a][b] = w
}

func (g *Graph[N]) Nodes() iter.Seq[N] {
	return func(yield func(N) bool) {
		for _, n := range slices.Sorted(maps.Keys(g.adj)) {
			if !yield(n) {
				return
			}
		}
	}
}

func (g *Graph[N]) Edges() iter.Seq2[[2]N, float64] {
	return func(yield func([2]N, float64) bool) {
		for a := range g.Nodes() {
			for _, b := range slices.Sorted(maps.Keys(g.adj[a])) {
				if !yield([2]N{a, b}, g.adj[a][b]) {
					return
				}
			}
		}
	}
}

func (g *Graph[N]) DFS(start N) iter.Seq[N] {
	return func(yield func(N) bool) {
		seen := map[N]bool{}
		var visit func(n N) bool
		visit = func(n N) bool {
			if seen[n] {
				return true
			}
			seen[n] = true
			if !yield(n) {
				return false
			}
			for _, m := range slices.Sorted(maps.Keys(g.adj[n])) {
				if !visit(m) {
					return false
				}
			}
			return true
		}
		visit(start)
	}
}

func (g *Graph[N]) InDegree() map[N]int {
	d := map[N]int{}
	for n := range g.Nodes() {
		d[n] += 0
	}
	for e := range g.Edges() {
		d[e[1]]++
	}
	return d
}

func main() {
	g := New[string]()
	for _, e := range strings.Fields("a-b:1 a-c:4 b-c:2 c-d:1 b-d:5 d-a:3 e-f:1") {
		var a, b string
		var w float64
		ab, ws, _ := strings.Cut(e, ":")
		a, b, _ = strings.Cut(ab, "-")
		fmt.Sscan(ws, &w)
		g.AddEdge(a, b, w)
	}
	fmt.Println(slices.Collect(g.Nodes()))
	total := 0.0
	for e, w := range g.Edges() {
		fmt.Printf("%s->%s(%g) ", e[0], e[1], w)
		total += w
	}
	fmt.Println(total)
	fmt.Println(slices.Collect(g.DFS("a")), slices.Collect(g.DFS("e")))
	for n := range g.DFS("b") {
		if n == "a" {
			break
		}
		fmt.Print(n, " ")
	}
	fmt.Println()
	deg := g.InDegree()
	fmt.Println(deg)
	gi := New[int]()
	for i := 0; i < 5; i++ {
		gi.AddEdge(i, (i*3)%5, float64(i))
	}
	fmt.Println(slices.Collect(gi.DFS(1)), gi.InDegree())
}
