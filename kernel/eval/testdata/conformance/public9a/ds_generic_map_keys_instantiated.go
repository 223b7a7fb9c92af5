package main

import (
	"cmp"
	"fmt"
	"slices"
)

type Pair[A comparable, B comparable] struct {
	A A
	B B
}

type Graph[N comparable] struct {
	adj map[N][]N
	w   map[Pair[N, N]]int
}

func NewGraph[N comparable]() *Graph[N] {
	return &Graph[N]{adj: map[N][]N{}, w: map[Pair[N, N]]int{}}
}

func (g *Graph[N]) Edge(a, b N, w int) {
	g.adj[a] = append(g.adj[a], b)
	g.adj[b] = append(g.adj[b], a)
	g.w[Pair[N, N]{a, b}] = w
	g.w[Pair[N, N]{b, a}] = w
}

func (g *Graph[N]) Weight(a, b N) (int, bool) {
	w, ok := g.w[Pair[N, N]{a, b}]
	return w, ok
}

func (g *Graph[N]) Reachable(start N) []N {
	seen := map[N]bool{start: true}
	q := []N{start}
	var out []N
	for len(q) > 0 {
		n := q[0]
		q = q[1:]
		out = append(out, n)
		for _, m := range g.adj[n] {
			if !seen[m] {
				seen[m] = true
				q = append(q, m)
			}
		}
	}
	return out
}

func Count[T comparable](xs []T) map[T]int {
	m := make(map[T]int)
	for _, x := range xs {
		m[x]++
	}
	return m
}

func SortedKeys[K cmp.Ordered, V any](m map[K]V) []K {
	ks := make([]K, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	slices.Sort(ks)
	return ks
}

type City string

func main() {
	g := NewGraph[City]()
	g.Edge("seoul", "busan", 325)
	g.Edge("seoul", "incheon", 27)
	g.Edge("busan", "ulsan", 45)
	g.Edge("jeju", "jeju-si", 1)
	fmt.Println(g.Reachable("seoul"), g.Reachable("jeju"))
	fmt.Println(g.Weight("busan", "seoul"))
	fmt.Println(g.Weight("seoul", "jeju"))
	fmt.Println(len(g.w))
	gi := NewGraph[Pair[int, int]]()
	gi.Edge(Pair[int, int]{0, 0}, Pair[int, int]{0, 1}, 1)
	gi.Edge(Pair[int, int]{0, 1}, Pair[int, int]{1, 1}, 2)
	fmt.Println(gi.Reachable(Pair[int, int]{1, 1}))
	c := Count([]Pair[string, bool]{{"a", true}, {"a", false}, {"a", true}})
	fmt.Println(c[Pair[string, bool]{"a", true}], len(c))
	wc := Count([]City{"x", "y", "x"})
	for _, k := range SortedKeys(wc) {
		fmt.Print(k, ":", wc[k], " ")
	}
	fmt.Println()
	type key = Pair[City, int]
	visits := map[key][]string{}
	visits[key{"seoul", 2024}] = append(visits[key{"seoul", 2024}], "spring")
	visits[key{"seoul", 2024}] = append(visits[key{"seoul", 2024}], "fall")
	fmt.Println(visits)
}
