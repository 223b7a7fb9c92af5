package main

import (
	"fmt"
	"sort"
)

type Digraph struct {
	adj map[int][]int
}

func NewDigraph(edges [][2]int) *Digraph {
	g := &Digraph{adj: map[int][]int{}}
	for _, e := range edges {
		g.adj[e[0]] = append(g.adj[e[0]], e[1])
		if _, ok := g.adj[e[1]]; !ok {
			g.adj[e[1]] = nil
		}
	}
	return g
}

func (g *Digraph) nodes() []int {
	var ns []int
	for n := range g.adj {
		ns = append(ns, n)
	}
	sort.Ints(ns)
	return ns
}

func (g *Digraph) HasCycle() bool {
	const (
		white = iota
		gray
		black
	)
	color := map[int]int{}
	var visit func(int) bool
	visit = func(u int) bool {
		color[u] = gray
		for _, v := range g.adj[u] {
			if color[v] == gray {
				return true
			}
			if color[v] == white && visit(v) {
				return true
			}
		}
		color[u] = black
		return false
	}
	for _, n := range g.nodes() {
		if color[n] == white && visit(n) {
			return true
		}
	}
	return false
}

func (g *Digraph) DFSOrder(start int) []int {
	seen := map[int]bool{}
	var order []int
	stack := []int{start}
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if seen[n] {
			continue
		}
		seen[n] = true
		order = append(order, n)
		nb := g.adj[n]
		for i := len(nb) - 1; i >= 0; i-- {
			stack = append(stack, nb[i])
		}
	}
	return order
}

func countComponents(n int, edges [][2]int) int {
	adj := make([][]int, n)
	for _, e := range edges {
		adj[e[0]] = append(adj[e[0]], e[1])
		adj[e[1]] = append(adj[e[1]], e[0])
	}
	seen := make([]bool, n)
	var dfs func(int)
	dfs = func(u int) {
		seen[u] = true
		for _, v := range adj[u] {
			if !seen[v] {
				dfs(v)
			}
		}
	}
	c := 0
	for i := range n {
		if !seen[i] {
			c++
			dfs(i)
		}
	}
	return c
}

func main() {
	dag := NewDigraph([][2]int{{1, 2}, {1, 3}, {2, 4}, {3, 4}, {4, 5}})
	fmt.Println(dag.HasCycle(), dag.DFSOrder(1))
	cyc := NewDigraph([][2]int{{1, 2}, {2, 3}, {3, 1}, {3, 4}})
	fmt.Println(cyc.HasCycle(), cyc.DFSOrder(3))
	fmt.Println(countComponents(7, [][2]int{{0, 1}, {1, 2}, {3, 4}, {5, 5}}))
}
