package main

import (
	"fmt"
	"sort"
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

type edge struct{ u, v, w int }

type byWeight []edge

func (b byWeight) Len() int           { return len(b) }
func (b byWeight) Less(i, j int) bool { return b[i].w < b[j].w }
func (b byWeight) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func main() {
	edges := []edge{{0, 1, 4}, {0, 7, 8}, {1, 2, 8}, {1, 7, 11}, {2, 3, 7}, {2, 8, 2},
		{2, 5, 4}, {3, 4, 9}, {3, 5, 14}, {4, 5, 10}, {5, 6, 2}, {6, 7, 1}, {6, 8, 6}, {7, 8, 7}}
	sort.Stable(byWeight(edges))
	d := NewDSU(9)
	total := 0
	var mst []edge
	for _, e := range edges {
		if d.Union(e.u, e.v) {
			mst = append(mst, e)
			total += e.w
		}
	}
	for _, e := range mst {
		fmt.Printf("%d-%d (%d)\n", e.u, e.v, e.w)
	}
	fmt.Println("total", total, "sets", d.sets)
	// components of another graph
	d2 := NewDSU(10)
	for _, p := range [][2]int{{0, 1}, {2, 3}, {1, 3}, {5, 6}, {8, 9}, {9, 5}} {
		d2.Union(p[0], p[1])
	}
	groups := map[int][]int{}
	for i := 0; i < 10; i++ {
		r := d2.Find(i)
		groups[r] = append(groups[r], i)
	}
	var out [][]int
	for _, g := range groups {
		out = append(out, g)
	}
	sort.Slice(out, func(i, j int) bool { return out[i][0] < out[j][0] })
	fmt.Println(out, d2.sets)
}
