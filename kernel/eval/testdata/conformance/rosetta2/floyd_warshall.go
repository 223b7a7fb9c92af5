package main

import (
	"fmt"
	"math"
)

func main() {
	const n = 4
	inf := math.Inf(1)
	var dist [n][n]float64
	var next [n][n]int
	for i := range dist {
		for j := range dist[i] {
			dist[i][j] = inf
			next[i][j] = -1
		}
		dist[i][i] = 0
		next[i][i] = i
	}
	for _, e := range []struct {
		u, v int
		w    float64
	}{{0, 2, -2}, {2, 3, 2}, {3, 1, -1}, {1, 0, 4}, {1, 2, 3}} {
		dist[e.u][e.v] = e.w
		next[e.u][e.v] = e.v
	}
	for k := 0; k < n; k++ {
		for i := 0; i < n; i++ {
			for j := 0; j < n; j++ {
				if dist[i][k]+dist[k][j] < dist[i][j] {
					dist[i][j] = dist[i][k] + dist[k][j]
					next[i][j] = next[i][k]
				}
			}
		}
	}
	fmt.Println("pair     dist    path")
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			if i == j {
				continue
			}
			path := fmt.Sprint(i + 1)
			for u := i; u != j; {
				u = next[u][j]
				path += fmt.Sprintf(" -> %d", u+1)
			}
			fmt.Printf("%d -> %d  %4g     %s\n", i+1, j+1, dist[i][j], path)
		}
	}
}
