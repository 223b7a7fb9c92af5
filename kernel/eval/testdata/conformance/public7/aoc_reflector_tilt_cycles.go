package main

import (
	"fmt"
	"strings"
)

const input = `O....#....
O.OO#....#
.....##...
OO.#O....O
.O.....O#.
O.#..O.#.#
..O..#O..O
.......O..
#....###..
#OO..#....`

type Grid [][]byte

func (g Grid) tiltNorth() {
	for c := range g[0] {
		free := 0
		for r := range g {
			switch g[r][c] {
			case '#':
				free = r + 1
			case 'O':
				g[r][c], g[free][c] = '.', 'O'
				free++
			}
		}
	}
}

func (g Grid) rotate() Grid {
	h, w := len(g), len(g[0])
	out := make(Grid, w)
	for c := 0; c < w; c++ {
		out[c] = make([]byte, h)
		for r := 0; r < h; r++ {
			out[c][h-1-r] = g[r][c]
		}
	}
	return out
}

func (g Grid) load() int {
	total := 0
	for r, row := range g {
		total += strings.Count(string(row), "O") * (len(g) - r)
	}
	return total
}

func (g Grid) key() string {
	var sb strings.Builder
	for _, row := range g {
		sb.Write(row)
	}
	return sb.String()
}

func parse() Grid {
	var g Grid
	for _, l := range strings.Split(input, "\n") {
		g = append(g, []byte(l))
	}
	return g
}

func main() {
	g := parse()
	g.tiltNorth()
	fmt.Println("north load", g.load())
	g = parse()
	seen := map[string]int{}
	const total = 1000000000
	for i := 0; i < total; i++ {
		for k := 0; k < 4; k++ {
			g.tiltNorth()
			g = g.rotate()
		}
		k := g.key()
		if j, ok := seen[k]; ok {
			period := i - j
			remaining := (total - 1 - i) % period
			for ; remaining > 0; remaining-- {
				for k := 0; k < 4; k++ {
					g.tiltNorth()
					g = g.rotate()
				}
			}
			fmt.Println("cycle at", j, "period", period)
			break
		}
		seen[k] = i
	}
	fmt.Println("load", g.load())
}
