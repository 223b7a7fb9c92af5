package main

import (
	"fmt"
	"strings"
)

const W, H = 10, 8

type Grid [H][W]bool

func (g Grid) Neighbors(y, x int) int {
	n := 0
	for dy := -1; dy <= 1; dy++ {
		for dx := -1; dx <= 1; dx++ {
			if dy == 0 && dx == 0 {
				continue
			}
			yy, xx := (y+dy+H)%H, (x+dx+W)%W
			if g[yy][xx] {
				n++
			}
		}
	}
	return n
}

func (g Grid) Step() Grid {
	var next Grid
	for y := range H {
		for x := range W {
			n := g.Neighbors(y, x)
			next[y][x] = n == 3 || (n == 2 && g[y][x])
		}
	}
	return next
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

func (g *Grid) Set(cells ...[2]int) {
	for _, c := range cells {
		g[c[0]][c[1]] = true
	}
}

func (g Grid) Alive() (n int) {
	for _, row := range g {
		for _, c := range row {
			if c {
				n++
			}
		}
	}
	return
}

func main() {
	var g Grid
	g.Set([2]int{0, 1}, [2]int{1, 2}, [2]int{2, 0}, [2]int{2, 1}, [2]int{2, 2}) // glider
	g.Set([2]int{5, 6}, [2]int{5, 7}, [2]int{5, 8})                             // blinker
	seen := map[Grid]int{}
	for gen := 0; gen < 5; gen++ {
		fmt.Printf("gen %d alive %d\n%v", gen, g.Alive(), g)
		seen[g] = gen
		g = g.Step()
	}
	first := g
	for i := 0; i < 40; i++ {
		g = g.Step()
	}
	fmt.Println(g == first, len(seen), g.Alive())
	p := &g
	p.Set([2]int{7, 9})
	fmt.Println(g.Alive(), g[7][9], first[7][9])
}
