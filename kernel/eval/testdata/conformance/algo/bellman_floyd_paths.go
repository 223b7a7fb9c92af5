package main

import (
	"fmt"
	"math"
)

type Edge struct{ From, To, W int }

func bellmanFord(n int, edges []Edge, src int) ([]int, bool) {
	dist := make([]int, n)
	for i := range dist {
		dist[i] = math.MaxInt32
	}
	dist[src] = 0
	for range n - 1 {
		for _, e := range edges {
			if dist[e.From] != math.MaxInt32 && dist[e.From]+e.W < dist[e.To] {
				dist[e.To] = dist[e.From] + e.W
			}
		}
	}
	for _, e := range edges {
		if dist[e.From] != math.MaxInt32 && dist[e.From]+e.W < dist[e.To] {
			return dist, false
		}
	}
	return dist, true
}

const INF = math.MaxInt32 / 2

func floyd(w [][]int) [][]int {
	n := len(w)
	d := make([][]int, n)
	for i := range w {
		d[i] = append([]int(nil), w[i]...)
	}
	for k := range n {
		for i := range n {
			for j := range n {
				d[i][j] = min(d[i][j], d[i][k]+d[k][j])
			}
		}
	}
	return d
}

func main() {
	edges := []Edge{{0, 1, 6}, {0, 2, 7}, {1, 2, 8}, {1, 3, 5}, {1, 4, -4}, {2, 3, -3}, {2, 4, 9}, {3, 1, -2}, {4, 0, 2}, {4, 3, 7}}
	fmt.Println(bellmanFord(5, edges, 0))
	neg := append(edges, Edge{3, 2, 1})
	_, ok := bellmanFord(5, neg, 0)
	fmt.Println("no negative cycle:", ok)
	w := [][]int{
		{0, 3, INF, 7},
		{8, 0, 2, INF},
		{5, INF, 0, 1},
		{2, INF, INF, 0},
	}
	for _, row := range floyd(w) {
		fmt.Println(row)
	}
}
