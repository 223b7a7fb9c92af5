package main

import (
	"fmt"
	"strings"
)

const input = `5483143223
2745854711
5264556173
6141336146
6357385478
4167524645
2176841721
6882881134
4846848554
5283751526`

type Grid [10][10]int

func (g *Grid) Step() int {
	var queue [][2]int
	for r := range g {
		for c := range g[r] {
			g[r][c]++
			if g[r][c] == 10 {
				queue = append(queue, [2]int{r, c})
			}
		}
	}
	for i := 0; i < len(queue); i++ {
		p := queue[i]
		for dr := -1; dr <= 1; dr++ {
			for dc := -1; dc <= 1; dc++ {
				r, c := p[0]+dr, p[1]+dc
				if (dr == 0 && dc == 0) || r < 0 || c < 0 || r > 9 || c > 9 {
					continue
				}
				g[r][c]++
				if g[r][c] == 10 {
					queue = append(queue, [2]int{r, c})
				}
			}
		}
	}
	for _, p := range queue {
		g[p[0]][p[1]] = 0
	}
	return len(queue)
}

func (g Grid) String() string {
	var sb strings.Builder
	for _, row := range g {
		for _, v := range row {
			sb.WriteByte(byte('0' + v))
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func main() {
	var g Grid
	for r, line := range strings.Fields(input) {
		for c, ch := range line {
			g[r][c] = int(ch - '0')
		}
	}
	start := g
	flashes := 0
	for i := 0; i < 100; i++ {
		flashes += g.Step()
	}
	fmt.Print(g)
	fmt.Println("flashes after 100:", flashes)
	g = start
	for step := 1; ; step++ {
		if g.Step() == 100 {
			fmt.Println("all flash at", step)
			break
		}
	}
}
