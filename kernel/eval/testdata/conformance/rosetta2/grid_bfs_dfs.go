package main

import "fmt"

var grid = []string{
	"S.#.......",
	".##.####..",
	"....#..#..",
	"##.##.##.#",
	"...#...#..",
	".#...#...E",
}

type pt struct{ r, c int }

func main() {
	var start, end pt
	for r, row := range grid {
		for c, ch := range row {
			switch ch {
			case 'S':
				start = pt{r, c}
			case 'E':
				end = pt{r, c}
			}
		}
	}
	dist := map[pt]int{start: 0}
	prev := map[pt]pt{}
	q := []pt{start}
	dirs := []pt{{0, 1}, {1, 0}, {0, -1}, {-1, 0}}
	for len(q) > 0 {
		cur := q[0]
		q = q[1:]
		if cur == end {
			break
		}
		for _, d := range dirs {
			n := pt{cur.r + d.r, cur.c + d.c}
			if n.r < 0 || n.r >= len(grid) || n.c < 0 || n.c >= len(grid[0]) || grid[n.r][n.c] == '#' {
				continue
			}
			if _, seen := dist[n]; !seen {
				dist[n] = dist[cur] + 1
				prev[n] = cur
				q = append(q, n)
			}
		}
	}
	fmt.Println("shortest:", dist[end])
	out := make([][]byte, len(grid))
	for i := range grid {
		out[i] = []byte(grid[i])
	}
	for p := prev[end]; p != start; p = prev[p] {
		out[p.r][p.c] = '*'
	}
	for _, row := range out {
		fmt.Println(string(row))
	}
	visited := map[pt]bool{}
	var dfs func(p pt) int
	dfs = func(p pt) int {
		if p.r < 0 || p.r >= len(grid) || p.c < 0 || p.c >= len(grid[0]) || grid[p.r][p.c] == '#' || visited[p] {
			return 0
		}
		visited[p] = true
		n := 1
		for _, d := range dirs {
			n += dfs(pt{p.r + d.r, p.c + d.c})
		}
		return n
	}
	fmt.Println("reachable:", dfs(start))
}
