package main

import "fmt"

func sum(n int) int {
	if n == 0 {
		return 0
	}
	return n + sum(n-1)
}

type graph struct{ adj [][]int }

func (g *graph) dfs(seen []bool, v int) int {
	seen[v] = true
	c := 1
	for _, w := range g.adj[v] {
		if !seen[w] {
			c += g.dfs(seen, w)
		}
	}
	return c
}

func main() {
	fmt.Println(sum(50000))
	n := 50000
	g := &graph{make([][]int, n)}
	for i := 0; i+1 < n; i++ {
		g.adj[i] = []int{i + 1}
	}
	fmt.Println(g.dfs(make([]bool, n), 0))
	done := make(chan int)
	go func() { done <- sum(30000) }()
	fmt.Println(<-done)
}
