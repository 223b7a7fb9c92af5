package main

import (
	"errors"
	"fmt"
	"math"
)

const Inf = math.MaxInt32

type Edge struct{ From, To, W int }

var ErrNegCycle = errors.New("negative cycle")

func bellmanFord(n int, edges []Edge, src int) ([]int, error) {
	d := make([]int, n)
	for i := range d {
		d[i] = Inf
	}
	d[src] = 0
	for i := 0; i < n-1; i++ {
		changed := false
		for _, e := range edges {
			if d[e.From] != Inf && d[e.From]+e.W < d[e.To] {
				d[e.To] = d[e.From] + e.W
				changed = true
			}
		}
		if !changed {
			break
		}
	}
	for _, e := range edges {
		if d[e.From] != Inf && d[e.From]+e.W < d[e.To] {
			return d, fmt.Errorf("edge %d->%d: %w", e.From, e.To, ErrNegCycle)
		}
	}
	return d, nil
}

func floyd(n int, edges []Edge) ([][]int, [][]int) {
	d := make([][]int, n)
	next := make([][]int, n)
	for i := range d {
		d[i] = make([]int, n)
		next[i] = make([]int, n)
		for j := range d[i] {
			d[i][j] = Inf
			next[i][j] = -1
		}
		d[i][i] = 0
		next[i][i] = i
	}
	for _, e := range edges {
		d[e.From][e.To] = e.W
		next[e.From][e.To] = e.To
	}
	for k := 0; k < n; k++ {
		for i := 0; i < n; i++ {
			for j := 0; j < n; j++ {
				if d[i][k] != Inf && d[k][j] != Inf && d[i][k]+d[k][j] < d[i][j] {
					d[i][j] = d[i][k] + d[k][j]
					next[i][j] = next[i][k]
				}
			}
		}
	}
	return d, next
}

func route(next [][]int, u, v int) []int {
	if next[u][v] == -1 {
		return nil
	}
	p := []int{u}
	for u != v {
		u = next[u][v]
		p = append(p, u)
	}
	return p
}

func main() {
	edges := []Edge{{0, 1, 4}, {0, 2, 5}, {1, 2, -3}, {2, 3, 4}, {3, 1, 2}, {1, 4, 6}, {4, 3, -1}}
	d, err := bellmanFord(5, edges, 0)
	fmt.Println(d, err)
	fd, next := floyd(5, edges)
	for _, row := range fd {
		for _, v := range row {
			if v == Inf {
				fmt.Printf("%4s", "∞")
			} else {
				fmt.Printf("%4d", v)
			}
		}
		fmt.Println()
	}
	fmt.Println(route(next, 0, 3), route(next, 3, 0), route(next, 4, 2))
	_, err = bellmanFord(3, []Edge{{0, 1, 1}, {1, 2, -2}, {2, 1, 1}}, 0)
	fmt.Println(err, errors.Is(err, ErrNegCycle))
}
