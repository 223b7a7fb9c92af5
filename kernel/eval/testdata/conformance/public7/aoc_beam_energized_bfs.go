package main

import (
	"fmt"
	"strings"
)

const input = `.|...\....
|.-.\.....
.....|-...
........|.
..........
.........\
..../.\\..
.-.-/..|..
.|....-|.\
..//.|....`

type Dir uint8

const (
	Up Dir = 1 << iota
	Right
	Down
	Left
)

type Beam struct {
	R, C int
	D    Dir
}

func (b Beam) step() Beam {
	switch b.D {
	case Up:
		b.R--
	case Down:
		b.R++
	case Left:
		b.C--
	case Right:
		b.C++
	}
	return b
}

var mirrors = map[byte]map[Dir][]Dir{
	'/':  {Up: {Right}, Right: {Up}, Down: {Left}, Left: {Down}},
	'\\': {Up: {Left}, Left: {Up}, Down: {Right}, Right: {Down}},
	'|':  {Left: {Up, Down}, Right: {Up, Down}, Up: {Up}, Down: {Down}},
	'-':  {Up: {Left, Right}, Down: {Left, Right}, Left: {Left}, Right: {Right}},
}

func energize(grid []string, start Beam) int {
	seen := make([][]Dir, len(grid))
	for i := range seen {
		seen[i] = make([]Dir, len(grid[0]))
	}
	queue := []Beam{start}
	for len(queue) > 0 {
		b := queue[len(queue)-1]
		queue = queue[:len(queue)-1]
		if b.R < 0 || b.C < 0 || b.R >= len(grid) || b.C >= len(grid[0]) || seen[b.R][b.C]&b.D != 0 {
			continue
		}
		seen[b.R][b.C] |= b.D
		dirs := []Dir{b.D}
		if m, ok := mirrors[grid[b.R][b.C]]; ok {
			dirs = m[b.D]
		}
		for _, d := range dirs {
			queue = append(queue, Beam{b.R, b.C, d}.step())
		}
	}
	n := 0
	for _, row := range seen {
		for _, d := range row {
			if d != 0 {
				n++
			}
		}
	}
	return n
}

func main() {
	grid := strings.Split(input, "\n")
	fmt.Println(energize(grid, Beam{0, 0, Right}))
	best := 0
	h, w := len(grid), len(grid[0])
	for r := 0; r < h; r++ {
		best = max(best, energize(grid, Beam{r, 0, Right}), energize(grid, Beam{r, w - 1, Left}))
	}
	for c := 0; c < w; c++ {
		best = max(best, energize(grid, Beam{0, c, Down}), energize(grid, Beam{h - 1, c, Up}))
	}
	fmt.Println(best, Up|Left, Down&^Down)
}
