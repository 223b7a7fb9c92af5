package main

import (
	"errors"
	"fmt"
	"slices"
)

func Kahn(deps map[string][]string) ([]string, error) {
	indeg := map[string]int{}
	out := map[string][]string{}
	for n, ds := range deps {
		if _, ok := indeg[n]; !ok {
			indeg[n] = 0
		}
		for _, d := range ds {
			out[d] = append(out[d], n)
			indeg[n]++
			if _, ok := indeg[d]; !ok {
				indeg[d] = 0
			}
		}
	}
	var ready []string
	for n, d := range indeg {
		if d == 0 {
			ready = append(ready, n)
		}
	}
	var order []string
	for len(ready) > 0 {
		slices.Sort(ready)
		n := ready[0]
		ready = ready[1:]
		order = append(order, n)
		for _, m := range out[n] {
			indeg[m]--
			if indeg[m] == 0 {
				ready = append(ready, m)
			}
		}
	}
	if len(order) != len(indeg) {
		return order, errors.New("cycle detected")
	}
	return order, nil
}

func DFSTopo(n int, edges [][2]int) []int {
	adj := make([][]int, n)
	for _, e := range edges {
		adj[e[0]] = append(adj[e[0]], e[1])
	}
	visited := make([]bool, n)
	var stack []int
	var visit func(int)
	visit = func(u int) {
		visited[u] = true
		for _, v := range adj[u] {
			if !visited[v] {
				visit(v)
			}
		}
		stack = append(stack, u)
	}
	for i := range n {
		if !visited[i] {
			visit(i)
		}
	}
	slices.Reverse(stack)
	return stack
}

func main() {
	deps := map[string][]string{
		"app":   {"lib", "log"},
		"lib":   {"core"},
		"log":   {"core", "fmt"},
		"core":  nil,
		"fmt":   nil,
		"tests": {"app"},
	}
	fmt.Println(Kahn(deps))
	deps["core"] = []string{"app"}
	order, err := Kahn(deps)
	fmt.Println(order, err)
	fmt.Println(DFSTopo(6, [][2]int{{5, 2}, {5, 0}, {4, 0}, {4, 1}, {2, 3}, {3, 1}}))
}
