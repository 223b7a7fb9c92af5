package main

import (
	"fmt"
	"slices"
)

type DSU struct {
	parent, rank []int
	sets         int
}

func NewDSU(n int) *DSU {
	d := &DSU{parent: make([]int, n), rank: make([]int, n), sets: n}
	for i := range d.parent {
		d.parent[i] = i
	}
	return d
}

func (d *DSU) Find(x int) int {
	for d.parent[x] != x {
		d.parent[x] = d.parent[d.parent[x]]
		x = d.parent[x]
	}
	return x
}

func (d *DSU) Union(a, b int) bool {
	ra, rb := d.Find(a), d.Find(b)
	if ra == rb {
		return false
	}
	if d.rank[ra] < d.rank[rb] {
		ra, rb = rb, ra
	}
	d.parent[rb] = ra
	if d.rank[ra] == d.rank[rb] {
		d.rank[ra]++
	}
	d.sets--
	return true
}

type Edge struct{ U, V, W int }

func Kruskal(n int, edges []Edge) (int, []Edge) {
	slices.SortFunc(edges, func(a, b Edge) int { return a.W - b.W })
	d := NewDSU(n)
	total := 0
	var used []Edge
	for _, e := range edges {
		if d.Union(e.U, e.V) {
			total += e.W
			used = append(used, e)
		}
	}
	return total, used
}

func main() {
	d := NewDSU(10)
	pairs := [][2]int{{0, 1}, {2, 3}, {1, 3}, {4, 5}, {6, 7}, {7, 8}, {0, 3}}
	for _, p := range pairs {
		fmt.Print(d.Union(p[0], p[1]), " ")
	}
	fmt.Println()
	fmt.Println("sets:", d.sets, d.Find(2) == d.Find(0), d.Find(4) == d.Find(6))
	edges := []Edge{{0, 1, 4}, {0, 7, 8}, {1, 2, 8}, {1, 7, 11}, {2, 3, 7}, {2, 8, 2}, {2, 5, 4},
		{3, 4, 9}, {3, 5, 14}, {4, 5, 10}, {5, 6, 2}, {6, 7, 1}, {6, 8, 6}, {7, 8, 7}}
	w, used := Kruskal(9, edges)
	fmt.Println("MST weight:", w)
	fmt.Println(used)
}
