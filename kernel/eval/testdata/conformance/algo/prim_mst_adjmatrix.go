package main

import "fmt"

func prim(g [][]int) (int, [][2]int) {
	n := len(g)
	inTree := make([]bool, n)
	key := make([]int, n)
	parent := make([]int, n)
	for i := range key {
		key[i] = 1 << 30
		parent[i] = -1
	}
	key[0] = 0
	total := 0
	var edges [][2]int
	for range n {
		u := -1
		for v := range n {
			if !inTree[v] && (u < 0 || key[v] < key[u]) {
				u = v
			}
		}
		inTree[u] = true
		total += key[u]
		if parent[u] >= 0 {
			edges = append(edges, [2]int{parent[u], u})
		}
		for v := range n {
			if g[u][v] > 0 && !inTree[v] && g[u][v] < key[v] {
				key[v] = g[u][v]
				parent[v] = u
			}
		}
	}
	return total, edges
}

func main() {
	g := [][]int{
		{0, 2, 0, 6, 0},
		{2, 0, 3, 8, 5},
		{0, 3, 0, 0, 7},
		{6, 8, 0, 0, 9},
		{0, 5, 7, 9, 0},
	}
	fmt.Println(prim(g))
}
