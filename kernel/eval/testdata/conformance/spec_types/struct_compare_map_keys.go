package main

import (
	"fmt"
	"sort"
)

type Point struct{ X, Y int }

type Edge struct {
	From, To Point
}

func main() {
	visited := map[Point]bool{}
	path := []Point{{0, 0}, {0, 1}, {1, 1}, {0, 1}, {0, 0}}
	for _, p := range path {
		if visited[p] {
			fmt.Println("revisit", p)
		}
		visited[p] = true
	}
	fmt.Println(len(visited))
	edges := map[Edge]int{}
	edges[Edge{Point{0, 0}, Point{1, 1}}]++
	edges[Edge{Point{0, 0}, Point{1, 1}}]++
	fmt.Println(edges[Edge{To: Point{1, 1}}], len(edges))
	grid := map[[2]int]string{{0, 0}: "origin", {1, 2}: "x"}
	keys := make([][2]int, 0)
	for k := range grid {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i][0] < keys[j][0] })
	fmt.Println(keys, grid[[2]int{1, 2}])
	a, b := Point{1, 2}, Point{1, 2}
	fmt.Println(a == b, a != Point{2, 1})
	type anon = struct {
		s string
		n [2]int
	}
	fmt.Println(anon{"x", [2]int{1}} == anon{"x", [2]int{1, 0}})
}
