package main

import (
	"fmt"
	"strings"
)

type Grid [9][9]int8

func parse(s string) Grid {
	var g Grid
	s = strings.ReplaceAll(s, "\n", "")
	for i, c := range s {
		if c >= '1' && c <= '9' {
			g[i/9][i%9] = int8(c - '0')
		}
	}
	return g
}

func (g *Grid) ok(r, c int, v int8) bool {
	for i := range 9 {
		if g[r][i] == v || g[i][c] == v {
			return false
		}
	}
	br, bc := r/3*3, c/3*3
	for i := br; i < br+3; i++ {
		for j := bc; j < bc+3; j++ {
			if g[i][j] == v {
				return false
			}
		}
	}
	return true
}

func (g *Grid) Solve() bool {
	for r := range 9 {
		for c := range 9 {
			if g[r][c] != 0 {
				continue
			}
			for v := int8(1); v <= 9; v++ {
				if g.ok(r, c, v) {
					g[r][c] = v
					if g.Solve() {
						return true
					}
					g[r][c] = 0
				}
			}
			return false
		}
	}
	return true
}

func (g Grid) String() string {
	var b strings.Builder
	for r, row := range g {
		if r%3 == 0 && r > 0 {
			b.WriteString("------+-------+------\n")
		}
		for c, v := range row {
			if c%3 == 0 && c > 0 {
				b.WriteString("| ")
			}
			fmt.Fprintf(&b, "%d ", v)
		}
		b.WriteString("\n")
	}
	return b.String()
}

func main() {
	g := parse(`
53..7....
6..195...
.98....6.
8...6...3
4..8.3..1
7...2...6
.6....28.
...419..5
....8..79`)
	orig := g
	fmt.Println(g.Solve())
	fmt.Print(g)
	fmt.Println(orig[0], orig == g)
}
