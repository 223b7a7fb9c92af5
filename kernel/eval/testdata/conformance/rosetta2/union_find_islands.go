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

type Edge struct{ u, v, w int }

func main() {
	edges := []Edge{{0, 1, 4}, {0, 7, 8}, {1, 2, 8}, {1, 7, 11}, {2, 3, 7}, {2, 8, 2}, {2, 5, 4},
		{3, 4, 9}, {3, 5, 14}, {4, 5, 10}, {5, 6, 2}, {6, 7, 1}, {6, 8, 6}, {7, 8, 7}}
	sort.SliceStable(edges, func(i, j int) bool { return edges[i].w < edges[j].w })
	d := NewDSU(9)
	total := 0
	for _, e := range edges {
		if d.Union(e.u, e.v) {
			total += e.w
			fmt.Printf("%d-%d (%d)\n", e.u, e.v, e.w)
		}
	}
	fmt.Println("MST weight:", total, "sets:", d.sets)
	grid := []string{"11000", "11000", "00100", "00011"}
	cols := len(grid[0])
	g := NewDSU(len(grid) * cols)
	land := 0
	for r := range grid {
		for c := range cols {
			if grid[r][c] != '1' {
				continue
			}
			land++
			if r > 0 && grid[r-1][c] == '1' {
				g.Union(r*cols+c, (r-1)*cols+c)
			}
			if c > 0 && grid[r][c-1] == '1' {
				g.Union(r*cols+c, r*cols+c-1)
			}
		}
	}
	fmt.Println("islands:", g.sets-(len(grid)*cols-land))
}
