package main

import (
	"container/heap"
	"fmt"
	"strings"
)

type P struct{ X, Y int }

func (p P) Add(q P) P { return P{p.X + q.X, p.Y + q.Y} }

type item struct {
	p    P
	f, g int
	idx  int
}

type openSet []*item

func (o openSet) Len() int { return len(o) }
func (o openSet) Less(i, j int) bool {
	if o[i].f != o[j].f {
		return o[i].f < o[j].f
	}
	if o[i].g != o[j].g {
		return o[i].g > o[j].g
	}
	if o[i].p.Y != o[j].p.Y {
		return o[i].p.Y < o[j].p.Y
	}
	return o[i].p.X < o[j].p.X
}
func (o openSet) Swap(i, j int) { o[i], o[j] = o[j], o[i]; o[i].idx = i; o[j].idx = j }
func (o *openSet) Push(x any)   { it := x.(*item); it.idx = len(*o); *o = append(*o, it) }
func (o *openSet) Pop() any {
	old := *o
	it := old[len(old)-1]
	*o = old[:len(old)-1]
	return it
}

type Grid struct {
	w, h  int
	walls map[P]bool
	cost  map[P]int
}

func parse(s string) (Grid, P, P) {
	g := Grid{walls: map[P]bool{}, cost: map[P]int{}}
	var start, goal P
	for y, line := range strings.Split(strings.TrimSpace(s), "\n") {
		g.h = y + 1
		g.w = len(line)
		for x, c := range line {
			p := P{x, y}
			switch c {
			case '#':
				g.walls[p] = true
			case 'S':
				start = p
			case 'G':
				goal = p
			case '~':
				g.cost[p] = 5
			}
		}
	}
	return g, start, goal
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

func (g Grid) astar(start, goal P) ([]P, int, int) {
	h := func(p P) int { return abs(p.X-goal.X) + abs(p.Y-goal.Y) }
	open := &openSet{}
	heap.Push(open, &item{p: start, g: 0, f: h(start)})
	came := map[P]P{}
	gScore := map[P]int{start: 0}
	expanded := 0
	dirs := []P{{1, 0}, {0, 1}, {-1, 0}, {0, -1}}
	for open.Len() > 0 {
		cur := heap.Pop(open).(*item)
		if cur.g > gScore[cur.p] {
			continue
		}
		expanded++
		if cur.p == goal {
			path := []P{goal}
			for p := goal; p != start; {
				p = came[p]
				path = append([]P{p}, path...)
			}
			return path, cur.g, expanded
		}
		for _, d := range dirs {
			n := cur.p.Add(d)
			if n.X < 0 || n.Y < 0 || n.X >= g.w || n.Y >= g.h || g.walls[n] {
				continue
			}
			step := 1
			if c, ok := g.cost[n]; ok {
				step = c
			}
			ng := cur.g + step
			if old, ok := gScore[n]; !ok || ng < old {
				gScore[n] = ng
				came[n] = cur.p
				heap.Push(open, &item{p: n, g: ng, f: ng + h(n)})
			}
		}
	}
	return nil, -1, expanded
}

func render(s string, path []P) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	b := make([][]byte, len(lines))
	for i, l := range lines {
		b[i] = []byte(l)
	}
	for _, p := range path {
		if b[p.Y][p.X] == '.' || b[p.Y][p.X] == '~' {
			b[p.Y][p.X] = '*'
		}
	}
	out := make([]string, len(b))
	for i := range b {
		out[i] = string(b[i])
	}
	return strings.Join(out, "\n")
}

func main() {
	maze := `
S....#........
.##..#.####.#.
..#....#..#.#.
#.####.#.##.#.
..~~~..#....#G
.###.#####.##.
..............`
	g, s, goal := parse(maze)
	path, cost, exp := g.astar(s, goal)
	fmt.Println(len(path), cost, exp > 0)
	fmt.Println(render(maze, path))
	blocked := `
S.#
###
..G`
	g2, s2, goal2 := parse(blocked)
	p2, c2, e2 := g2.astar(s2, goal2)
	fmt.Println(p2 == nil, c2, e2)
}
