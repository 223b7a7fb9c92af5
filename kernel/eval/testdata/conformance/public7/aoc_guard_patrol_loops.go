package main

import (
	"fmt"
	"strings"
)

const input = `....#.....
.........#
..........
..#.......
.......#..
..........
.#..^.....
........#.
#.........
......#...`

type pos struct{ r, c int }
type state struct {
	p pos
	d int
}

var dirs = [4]pos{{-1, 0}, {0, 1}, {1, 0}, {0, -1}}

func walk(grid []string, start pos, extra pos) (visited map[pos]bool, loops bool) {
	visited = map[pos]bool{}
	seen := map[state]bool{}
	p, d := start, 0
	for {
		visited[p] = true
		st := state{p, d}
		if seen[st] {
			return visited, true
		}
		seen[st] = true
		next := pos{p.r + dirs[d].r, p.c + dirs[d].c}
		if next.r < 0 || next.c < 0 || next.r >= len(grid) || next.c >= len(grid[0]) {
			return visited, false
		}
		if grid[next.r][next.c] == '#' || next == extra {
			d = (d + 1) % 4
			continue
		}
		p = next
	}
}

func main() {
	grid := strings.Split(input, "\n")
	var start pos
	for r, row := range grid {
		if c := strings.IndexByte(row, '^'); c >= 0 {
			start = pos{r, c}
		}
	}
	visited, _ := walk(grid, start, pos{-1, -1})
	fmt.Println("visited", len(visited))
	loops := 0
	for r := range grid {
		for c := range grid[r] {
			p := pos{r, c}
			if p == start || !visited[p] {
				continue
			}
			if _, loop := walk(grid, start, p); loop {
				loops++
			}
		}
	}
	fmt.Println("loop spots", loops)
}
