package main

import (
	"fmt"
	"slices"
	"sort"
)

type Graph struct {
	n   int
	adj [][]int
}

func NewGraph(n int) *Graph   { return &Graph{n, make([][]int, n)} }
func (g *Graph) Add(u, v int) { g.adj[u] = append(g.adj[u], v) }

func (g *Graph) Tarjan() [][]int {
	index := make([]int, g.n)
	low := make([]int, g.n)
	on := make([]bool, g.n)
	for i := range index {
		index[i] = -1
	}
	var stack []int
	var sccs [][]int
	counter := 0
	var strong func(v int)
	strong = func(v int) {
		index[v], low[v] = counter, counter
		counter++
		stack = append(stack, v)
		on[v] = true
		for _, w := range g.adj[v] {
			if index[w] < 0 {
				strong(w)
				low[v] = min(low[v], low[w])
			} else if on[w] {
				low[v] = min(low[v], index[w])
			}
		}
		if low[v] == index[v] {
			var comp []int
			for {
				w := stack[len(stack)-1]
				stack = stack[:len(stack)-1]
				on[w] = false
				comp = append(comp, w)
				if w == v {
					break
				}
			}
			sort.Ints(comp)
			sccs = append(sccs, comp)
		}
	}
	for v := 0; v < g.n; v++ {
		if index[v] < 0 {
			strong(v)
		}
	}
	slices.SortFunc(sccs, func(a, b []int) int { return a[0] - b[0] })
	return sccs
}

func bridges(n int, edges [][2]int) (br [][2]int, arts []int) {
	adj := make([][]int, n)
	for _, e := range edges {
		adj[e[0]] = append(adj[e[0]], e[1])
		adj[e[1]] = append(adj[e[1]], e[0])
	}
	tin := make([]int, n)
	low := make([]int, n)
	for i := range tin {
		tin[i] = -1
	}
	isArt := make([]bool, n)
	timer := 0
	var dfs func(v, p int)
	dfs = func(v, p int) {
		tin[v], low[v] = timer, timer
		timer++
		children := 0
		for _, to := range adj[v] {
			if to == p {
				continue
			}
			if tin[to] >= 0 {
				low[v] = min(low[v], tin[to])
				continue
			}
			dfs(to, v)
			low[v] = min(low[v], low[to])
			if low[to] > tin[v] {
				br = append(br, [2]int{min(v, to), max(v, to)})
			}
			if low[to] >= tin[v] && p != -1 {
				isArt[v] = true
			}
			children++
		}
		if p == -1 && children > 1 {
			isArt[v] = true
		}
	}
	for v := 0; v < n; v++ {
		if tin[v] < 0 {
			dfs(v, -1)
		}
	}
	for v, a := range isArt {
		if a {
			arts = append(arts, v)
		}
	}
	slices.SortFunc(br, func(a, b [2]int) int {
		if a[0] != b[0] {
			return a[0] - b[0]
		}
		return a[1] - b[1]
	})
	return
}

func main() {
	g := NewGraph(8)
	for _, e := range [][2]int{{0, 1}, {1, 2}, {2, 0}, {2, 3}, {3, 4}, {4, 5}, {5, 3}, {6, 5}, {6, 7}, {7, 6}} {
		g.Add(e[0], e[1])
	}
	fmt.Println(g.Tarjan())
	br, arts := bridges(7, [][2]int{{0, 1}, {1, 2}, {2, 0}, {1, 3}, {3, 4}, {4, 5}, {5, 3}, {5, 6}})
	fmt.Println(br, arts)
}
