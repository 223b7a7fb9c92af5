package main

import (
	"fmt"
	"slices"
)

type Graph map[string][]string

func (g Graph) AddEdge(a, b string) {
	g[a] = append(g[a], b)
	g[b] = append(g[b], a)
}

func (g Graph) ShortestPath(from, to string) []string {
	prev := map[string]string{from: ""}
	queue := []string{from}
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		if cur == to {
			var path []string
			for n := to; n != ""; n = prev[n] {
				path = append(path, n)
			}
			slices.Reverse(path)
			return path
		}
		nbrs := slices.Clone(g[cur])
		slices.Sort(nbrs)
		for _, n := range nbrs {
			if _, seen := prev[n]; !seen {
				prev[n] = cur
				queue = append(queue, n)
			}
		}
	}
	return nil
}

func gridBFS(grid []string, sr, sc int) [][]int {
	h, w := len(grid), len(grid[0])
	dist := make([][]int, h)
	for i := range dist {
		dist[i] = slices.Repeat([]int{-1}, w)
	}
	type pt struct{ r, c int }
	q := []pt{{sr, sc}}
	dist[sr][sc] = 0
	dirs := [4][2]int{{1, 0}, {-1, 0}, {0, 1}, {0, -1}}
	for len(q) > 0 {
		p := q[0]
		q = q[1:]
		for _, d := range dirs {
			nr, nc := p.r+d[0], p.c+d[1]
			if nr < 0 || nc < 0 || nr >= h || nc >= w || grid[nr][nc] == '#' || dist[nr][nc] >= 0 {
				continue
			}
			dist[nr][nc] = dist[p.r][p.c] + 1
			q = append(q, pt{nr, nc})
		}
	}
	return dist
}

func main() {
	g := Graph{}
	for _, e := range [][2]string{{"A", "B"}, {"A", "C"}, {"B", "D"}, {"C", "D"}, {"D", "E"}, {"E", "F"}, {"C", "F"}} {
		g.AddEdge(e[0], e[1])
	}
	fmt.Println(g.ShortestPath("A", "F"))
	fmt.Println(g.ShortestPath("B", "F"))
	fmt.Println(g.ShortestPath("A", "Z"))
	grid := []string{
		"..#....",
		".##.##.",
		"...#...",
		"#.....#",
	}
	for _, row := range gridBFS(grid, 0, 0) {
		for _, d := range row {
			fmt.Printf("%3d", d)
		}
		fmt.Println()
	}
}
