package main

import (
	"fmt"
	"strings"
)

const input = `...........
.....###.#.
.###.##..#.
..#.#...#..
....#.#....
.##..S####.
.##..#...#.
.......##..
.##.#.####.
.##..##.##.
...........`

type P struct{ R, C int }

func main() {
	grid := strings.Split(input, "\n")
	var start P
	for r, row := range grid {
		if c := strings.IndexRune(row, 'S'); c >= 0 {
			start = P{r, c}
		}
	}
	h, w := len(grid), len(grid[0])
	dist := map[P]int{start: 0}
	frontier := []P{start}
	for step := 1; len(frontier) > 0; step++ {
		var next []P
		for _, p := range frontier {
			for _, d := range [4]P{{-1, 0}, {1, 0}, {0, -1}, {0, 1}} {
				q := P{p.R + d.R, p.C + d.C}
				if q.R < 0 || q.C < 0 || q.R >= h || q.C >= w || grid[q.R][q.C] == '#' {
					continue
				}
				if _, ok := dist[q]; !ok {
					dist[q] = step
					next = append(next, q)
				}
			}
		}
		frontier = next
	}
	for _, steps := range []int{1, 2, 3, 6, 10, 64} {
		n := 0
		for _, d := range dist {
			if d <= steps && d%2 == steps%2 {
				n++
			}
		}
		fmt.Println(steps, n)
	}
	far := 0
	for _, d := range dist {
		far = max(far, d)
	}
	fmt.Println("reachable", len(dist), "farthest", far)
}
