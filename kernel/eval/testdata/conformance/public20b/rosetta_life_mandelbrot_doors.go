package main

import (
	"fmt"
	"strings"
)

type Grid [][]bool

func newGrid(w, h int) Grid {
	g := make(Grid, h)
	for i := range g {
		g[i] = make([]bool, w)
	}
	return g
}

func (g Grid) alive(x, y int) bool {
	h, w := len(g), len(g[0])
	x = (x + w) % w
	y = (y + h) % h
	return g[y][x]
}

func (g Grid) next(x, y int) bool {
	n := 0
	for dy := -1; dy <= 1; dy++ {
		for dx := -1; dx <= 1; dx++ {
			if (dx != 0 || dy != 0) && g.alive(x+dx, y+dy) {
				n++
			}
		}
	}
	return n == 3 || n == 2 && g.alive(x, y)
}

func (g Grid) step() Grid {
	ng := newGrid(len(g[0]), len(g))
	for y := range g {
		for x := range g[y] {
			ng[y][x] = g.next(x, y)
		}
	}
	return ng
}

func (g Grid) String() string {
	var sb strings.Builder
	for _, row := range g {
		for _, c := range row {
			if c {
				sb.WriteByte('#')
			} else {
				sb.WriteByte('.')
			}
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func mandel(w, h, maxIter int) []string {
	chars := " .:-=+*#%@"
	var rows []string
	for py := 0; py < h; py++ {
		var sb strings.Builder
		for px := 0; px < w; px++ {
			x0 := float64(px)/float64(w)*3.5 - 2.5
			y0 := float64(py)/float64(h)*2 - 1
			x, y := 0.0, 0.0
			i := 0
			for ; x*x+y*y <= 4 && i < maxIter; i++ {
				x, y = x*x-y*y+x0, 2*x*y+y0
			}
			sb.WriteByte(chars[i*(len(chars)-1)/maxIter])
		}
		rows = append(rows, sb.String())
	}
	return rows
}

func main() {
	g := newGrid(8, 8)
	glider := [][2]int{{1, 0}, {2, 1}, {0, 2}, {1, 2}, {2, 2}}
	for _, p := range glider {
		g[p[1]][p[0]] = true
	}
	for i := 0; i < 4; i++ {
		g = g.step()
	}
	fmt.Print(g)
	fmt.Println(g)
	var doors [101]bool
	for pass := 1; pass <= 100; pass++ {
		for d := pass; d <= 100; d += pass {
			doors[d] = !doors[d]
		}
	}
	var open []int
	for i, d := range doors {
		if d {
			open = append(open, i)
		}
	}
	fmt.Println(open)
	for _, r := range mandel(60, 20, 50) {
		fmt.Println(strings.TrimRight(r, " "))
	}
}
