package main

import (
	"fmt"
	"sort"
	"strings"
)

type DSU struct {
	parent, size []int
	count        int
}

func NewDSU(n int) *DSU {
	d := &DSU{parent: make([]int, n), size: make([]int, n), count: n}
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
	d.count--
	return true
}

func redundantConnection(edges [][2]int) [2]int {
	d := NewDSU(len(edges) + 1)
	for _, e := range edges {
		if !d.Union(e[0], e[1]) {
			return e
		}
	}
	return [2]int{}
}

func accountsMerge(accounts [][]string) [][]string {
	id := map[string]int{}
	owner := map[string]string{}
	d := NewDSU(0)
	for _, acc := range accounts {
		for _, email := range acc[1:] {
			if _, ok := id[email]; !ok {
				id[email] = len(d.parent)
				d.parent = append(d.parent, len(d.parent))
				d.size = append(d.size, 1)
			}
			owner[email] = acc[0]
			d.Union(id[acc[1]], id[email])
		}
	}
	groups := map[int][]string{}
	for email, i := range id {
		r := d.Find(i)
		groups[r] = append(groups[r], email)
	}
	var out [][]string
	for _, emails := range groups {
		sort.Strings(emails)
		out = append(out, append([]string{owner[emails[0]]}, emails...))
	}
	sort.Slice(out, func(i, j int) bool { return strings.Join(out[i], ",") < strings.Join(out[j], ",") })
	return out
}

func numIslands(grid []string) int {
	h, w := len(grid), len(grid[0])
	d := NewDSU(h * w)
	water := 0
	for r := 0; r < h; r++ {
		for c := 0; c < w; c++ {
			if grid[r][c] == '0' {
				water++
				continue
			}
			if r+1 < h && grid[r+1][c] == '1' {
				d.Union(r*w+c, (r+1)*w+c)
			}
			if c+1 < w && grid[r][c+1] == '1' {
				d.Union(r*w+c, r*w+c+1)
			}
		}
	}
	return d.count - water
}

func main() {
	fmt.Println(redundantConnection([][2]int{{1, 2}, {1, 3}, {2, 3}}), redundantConnection([][2]int{{1, 2}, {2, 3}, {3, 4}, {1, 4}, {1, 5}}))
	for _, g := range accountsMerge([][]string{
		{"John", "johnsmith@mail.com", "john_newyork@mail.com"},
		{"John", "johnsmith@mail.com", "john00@mail.com"},
		{"Mary", "mary@mail.com"},
		{"John", "johnnybravo@mail.com"},
	}) {
		fmt.Println(g)
	}
	fmt.Println(numIslands([]string{"11110", "11010", "11000", "00000"}), numIslands([]string{"11000", "11000", "00100", "00011"}))
	d := NewDSU(10)
	for _, p := range [][2]int{{0, 1}, {2, 3}, {1, 3}, {5, 6}, {7, 7}} {
		d.Union(p[0], p[1])
	}
	fmt.Println(d.count, d.Find(0) == d.Find(2), d.size[d.Find(0)])
}
