package main

import (
	"fmt"
	"sort"
	"strings"
)

type DSU struct {
	parent, size []int
	sets         int
}

func NewDSU(n int) *DSU {
	d := &DSU{parent: make([]int, n), size: make([]int, n), sets: n}
	for i := range d.parent {
		d.parent[i], d.size[i] = i, 1
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
	if d.size[ra] < d.size[rb] {
		ra, rb = rb, ra
	}
	d.parent[rb] = ra
	d.size[ra] += d.size[rb]
	d.sets--
	return true
}

type Edge struct {
	U, V int
	W    float64
}

func kruskal(n int, edges []Edge) ([]Edge, float64) {
	sorted := append([]Edge(nil), edges...)
	sort.SliceStable(sorted, func(i, j int) bool { return sorted[i].W < sorted[j].W })
	d := NewDSU(n)
	var tree []Edge
	total := 0.0
	for _, e := range sorted {
		if d.Union(e.U, e.V) {
			tree = append(tree, e)
			total += e.W
		}
	}
	return tree, total
}

func main() {
	names := []string{"A", "B", "C", "D", "E", "F"}
	edges := []Edge{{0, 1, 7}, {0, 3, 5}, {1, 2, 8}, {1, 3, 9}, {1, 4, 7}, {2, 4, 5}, {3, 4, 15}, {3, 5, 6}, {4, 5, 8}, {2, 5, 9.5}}
	tree, total := kruskal(len(names), edges)
	var parts []string
	for _, e := range tree {
		parts = append(parts, fmt.Sprintf("%s-%s(%g)", names[e.U], names[e.V], e.W))
	}
	fmt.Println(strings.Join(parts, " "), "total", total)
	d := NewDSU(10)
	for _, p := range [][2]int{{0, 1}, {2, 3}, {1, 3}, {5, 6}, {7, 7}, {8, 9}, {0, 2}} {
		fmt.Print(d.Union(p[0], p[1]), " ")
	}
	fmt.Println("sets:", d.sets, d.Find(3) == d.Find(0), d.Find(4) == d.Find(5), d.size[d.Find(0)])
}
