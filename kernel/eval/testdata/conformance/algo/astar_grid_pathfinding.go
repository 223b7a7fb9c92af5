package main

import (
	"container/heap"
	"fmt"
	"strings"
)

type P struct{ R, C int }

type node struct {
	p    P
	f, g int
	idx  int
}

type openSet []*node

func (o openSet) Len() int { return len(o) }
func (o openSet) Less(i, j int) bool {
	if o[i].f != o[j].f {
		return o[i].f < o[j].f
	}
	if o[i].p.R != o[j].p.R {
		return o[i].p.R < o[j].p.R
	}
	return o[i].p.C < o[j].p.C
}
func (o openSet) Swap(i, j int) { o[i], o[j] = o[j], o[i]; o[i].idx = i; o[j].idx = j }
func (o *openSet) Push(x any)   { n := x.(*node); n.idx = len(*o); *o = append(*o, n) }
func (o *openSet) Pop() any     { old := *o; n := old[len(old)-1]; *o = old[:len(old)-1]; return n }

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

func astar(grid []string, start, goal P) ([]P, int) {
	h := func(p P) int { return abs(p.R-goal.R) + abs(p.C-goal.C) }
	g := map[P]int{start: 0}
	came := map[P]P{}
	open := &openSet{{p: start, f: h(start)}}
	closed := map[P]bool{}
	expanded := 0
	for open.Len() > 0 {
		cur := heap.Pop(open).(*node)
		if closed[cur.p] {
			continue
		}
		closed[cur.p] = true
		expanded++
		if cur.p == goal {
			path := []P{goal}
			for p := goal; p != start; {
				p = came[p]
				path = append([]P{p}, path...)
			}
			return path, expanded
		}
		for _, d := range []P{{0, 1}, {1, 0}, {0, -1}, {-1, 0}} {
			n := P{cur.p.R + d.R, cur.p.C + d.C}
			if n.R < 0 || n.C < 0 || n.R >= len(grid) || n.C >= len(grid[0]) || grid[n.R][n.C] == '#' {
				continue
			}
			ng := g[cur.p] + 1
			if old, ok := g[n]; !ok || ng < old {
				g[n] = ng
				came[n] = cur.p
				heap.Push(open, &node{p: n, g: ng, f: ng + h(n)})
			}
		}
	}
	return nil, expanded
}

func main() {
	grid := []string{
		"S...#.....",
		".##.#.###.",
		".#..#...#.",
		".#.####.#.",
		".#......#G",
	}
	path, _ := astar(grid, P{0, 0}, P{4, 9})
	fmt.Println(len(path) - 1)
	rows := make([][]byte, len(grid))
	for i := range grid {
		rows[i] = []byte(grid[i])
	}
	for _, p := range path[1 : len(path)-1] {
		rows[p.R][p.C] = '*'
	}
	for _, r := range rows {
		fmt.Println(string(r))
	}
	blocked := []string{"S#", "#G"}
	p2, _ := astar(blocked, P{0, 0}, P{1, 1})
	fmt.Println(p2 == nil, strings.Repeat("-", 3))
}
