package main

import (
	"fmt"
	"slices"
)

func isBipartite(adj [][]int) (bool, []int) {
	color := make([]int, len(adj))
	for i := range color {
		color[i] = -1
	}
	for s := range adj {
		if color[s] >= 0 {
			continue
		}
		color[s] = 0
		q := []int{s}
		for len(q) > 0 {
			u := q[0]
			q = q[1:]
			for _, v := range adj[u] {
				if color[v] < 0 {
					color[v] = 1 - color[u]
					q = append(q, v)
				} else if color[v] == color[u] {
					return false, nil
				}
			}
		}
	}
	return true, color
}

func tarjan(adj [][]int) [][]int {
	n := len(adj)
	index, low := make([]int, n), make([]int, n)
	onStack := make([]bool, n)
	for i := range index {
		index[i] = -1
	}
	var stack []int
	var sccs [][]int
	idx := 0
	var strong func(v int)
	strong = func(v int) {
		index[v], low[v] = idx, idx
		idx++
		stack = append(stack, v)
		onStack[v] = true
		for _, w := range adj[v] {
			if index[w] < 0 {
				strong(w)
				low[v] = min(low[v], low[w])
			} else if onStack[w] {
				low[v] = min(low[v], index[w])
			}
		}
		if low[v] == index[v] {
			var comp []int
			for {
				w := stack[len(stack)-1]
				stack = stack[:len(stack)-1]
				onStack[w] = false
				comp = append(comp, w)
				if w == v {
					break
				}
			}
			slices.Sort(comp)
			sccs = append(sccs, comp)
		}
	}
	for v := range n {
		if index[v] < 0 {
			strong(v)
		}
	}
	return sccs
}

func main() {
	square := [][]int{{1, 3}, {0, 2}, {1, 3}, {0, 2}}
	fmt.Println(isBipartite(square))
	tri := [][]int{{1, 2}, {0, 2}, {0, 1}}
	fmt.Println(isBipartite(tri))
	g := [][]int{{1}, {2}, {0, 3}, {4}, {5, 7}, {6}, {4}, {}}
	fmt.Println(tarjan(g))
}
