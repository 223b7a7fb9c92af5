package main

import (
	"fmt"
	"strings"
)

type P struct{ R, C int }

func (p P) Add(q P) P { return P{p.R + q.R, p.C + q.C} }

var dirs = [4]P{{-1, 0}, {0, 1}, {1, 0}, {0, -1}}

func solve(maze []string) (int, []string) {
	grid := make([][]byte, len(maze))
	var start, end P
	for r, line := range maze {
		grid[r] = []byte(line)
		if c := strings.IndexByte(line, 'S'); c >= 0 {
			start = P{r, c}
		}
		if c := strings.IndexByte(line, 'E'); c >= 0 {
			end = P{r, c}
		}
	}
	prev := map[P]P{start: start}
	q := []P{start}
	for len(q) > 0 {
		cur := q[0]
		q = q[1:]
		if cur == end {
			break
		}
		for _, d := range dirs {
			n := cur.Add(d)
			if n.R < 0 || n.R >= len(grid) || n.C < 0 || n.C >= len(grid[n.R]) || grid[n.R][n.C] == '#' {
				continue
			}
			if _, seen := prev[n]; seen {
				continue
			}
			prev[n] = cur
			q = append(q, n)
		}
	}
	if _, ok := prev[end]; !ok {
		return -1, maze
	}
	steps := 0
	for p := prev[end]; p != start; p = prev[p] {
		grid[p.R][p.C] = '.'
		steps++
	}
	out := make([]string, len(grid))
	for i, row := range grid {
		out[i] = string(row)
	}
	return steps + 1, out
}

func main() {
	maze := []string{
		"S  #      ",
		"## # #### ",
		"   # #    ",
		" ### # ###",
		"     #   E",
	}
	n, out := solve(maze)
	fmt.Println("steps:", n)
	for _, l := range out {
		fmt.Printf("|%s|\n", l)
	}
	n, _ = solve([]string{"S#E"})
	fmt.Println("blocked:", n)
	// flood fill counting islands
	sea := []string{"11000", "11011", "00100", "00011", "10001"}
	seen := map[P]bool{}
	var fill func(p P) int
	fill = func(p P) int {
		if p.R < 0 || p.R >= len(sea) || p.C < 0 || p.C >= len(sea[0]) || sea[p.R][p.C] != '1' || seen[p] {
			return 0
		}
		seen[p] = true
		size := 1
		for _, d := range dirs {
			size += fill(p.Add(d))
		}
		return size
	}
	var sizes []int
	for r := range sea {
		for c := range sea[r] {
			if s := fill(P{r, c}); s > 0 {
				sizes = append(sizes, s)
			}
		}
	}
	fmt.Println("islands:", len(sizes), sizes)
}
