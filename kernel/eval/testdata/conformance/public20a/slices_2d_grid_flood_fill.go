package main

import (
	"fmt"
	"sort"
	"strings"
)

type Grid [][]byte

func parse(s string) Grid {
	var g Grid
	for _, l := range strings.Split(strings.TrimSpace(s), "\n") {
		g = append(g, []byte(strings.TrimSpace(l)))
	}
	return g
}

func (g Grid) Clone() Grid {
	c := make(Grid, len(g))
	for i := range g {
		c[i] = append([]byte(nil), g[i]...)
	}
	return c
}

func (g Grid) fill(y, x int, from, to byte) int {
	if y < 0 || y >= len(g) || x < 0 || x >= len(g[y]) || g[y][x] != from {
		return 0
	}
	g[y][x] = to
	return 1 + g.fill(y+1, x, from, to) + g.fill(y-1, x, from, to) + g.fill(y, x+1, from, to) + g.fill(y, x-1, from, to)
}

func (g Grid) Islands() []int {
	c := g.Clone()
	var sizes []int
	for y := range c {
		for x := range c[y] {
			if c[y][x] == '#' {
				sizes = append(sizes, c.fill(y, x, '#', '~'))
			}
		}
	}
	sort.Sort(sort.Reverse(sort.IntSlice(sizes)))
	return sizes
}

func (g Grid) String() string {
	rows := make([]string, len(g))
	for i, r := range g {
		rows[i] = string(r)
	}
	return strings.Join(rows, "\n")
}

func (g Grid) Rotate() Grid {
	h, w := len(g), len(g[0])
	r := make(Grid, w)
	for i := range r {
		r[i] = make([]byte, h)
		for j := range r[i] {
			r[i][j] = g[h-1-j][i]
		}
	}
	return r
}

func main() {
	g := parse(`
		##..#
		#...#
		..#..
		.###.
		#....`)
	fmt.Println(g.Islands())
	c := g.Clone()
	n := c.fill(0, 0, '#', 'A')
	fmt.Println(n)
	fmt.Println(c)
	fmt.Println(g.Rotate())
	fmt.Println(g.Rotate().Rotate().Rotate().Rotate().String() == g.String())
	row := g[2]
	row[0] = '@'
	fmt.Println(string(g[2]))
	sub := g[1:3]
	sub[0] = []byte("xxxxx")
	fmt.Println(string(g[1]))
}
