package main

import (
	"fmt"
	"strings"
)

const W, H = 10, 8

type Grid [H][W]bool

func (g *Grid) Alive(x, y int) bool {
	x = (x + W) % W
	y = (y + H) % H
	return g[y][x]
}

func (g *Grid) Neighbors(x, y int) int {
	n := 0
	for dy := -1; dy <= 1; dy++ {
		for dx := -1; dx <= 1; dx++ {
			if (dx != 0 || dy != 0) && g.Alive(x+dx, y+dy) {
				n++
			}
		}
	}
	return n
}

func (g Grid) Step() Grid {
	var next Grid
	for y := 0; y < H; y++ {
		for x := 0; x < W; x++ {
			n := g.Neighbors(x, y)
			next[y][x] = n == 3 || n == 2 && g[y][x]
		}
	}
	return next
}

func (g Grid) String() string {
	var b strings.Builder
	for _, row := range g {
		for _, c := range row {
			if c {
				b.WriteByte('#')
			} else {
				b.WriteByte('.')
			}
		}
		b.WriteByte('\n')
	}
	return b.String()
}

func main() {
	var g Grid
	g[0][1], g[1][2], g[2][0], g[2][1], g[2][2] = true, true, true, true, true
	start := g
	for i := 0; i < 4; i++ {
		g = g.Step()
	}
	fmt.Print(g)
	fmt.Println(g == start)
	for i := 0; i < 36; i++ {
		g = g.Step()
	}
	fmt.Println(g == start)
}
