package main

import (
	"fmt"
	"strings"
)

type P struct{ R, C int }

func (p P) Add(q P) P { return P{p.R + q.R, p.C + q.C} }

var dirs = [4]P{{-1, 0}, {0, 1}, {1, 0}, {0, -1}}

type Grid struct {
	cells [][]byte
	H, W  int
}

func ParseGrid(s string) *Grid {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	g := &Grid{H: len(lines), W: len(lines[0])}
	for _, l := range lines {
		g.cells = append(g.cells, []byte(l))
	}
	return g
}

func (g *Grid) In(p P) bool     { return p.R >= 0 && p.C >= 0 && p.R < g.H && p.C < g.W }
func (g *Grid) At(p P) byte     { return g.cells[p.R][p.C] }
func (g *Grid) Set(p P, b byte) { g.cells[p.R][p.C] = b }
func (g *Grid) Find(b byte) (P, bool) {
	for r, row := range g.cells {
		for c, x := range row {
			if x == b {
				return P{r, c}, true
			}
		}
	}
	return P{}, false
}

func (g *Grid) String() string {
	var sb strings.Builder
	for _, row := range g.cells {
		sb.Write(row)
		sb.WriteByte('\n')
	}
	return sb.String()
}

func (g *Grid) BFS(start, goal P) ([]P, bool) {
	prev := map[P]P{start: start}
	queue := []P{start}
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		if cur == goal {
			var path []P
			for p := goal; p != start; p = prev[p] {
				path = append(path, p)
			}
			path = append(path, start)
			for i, j := 0, len(path)-1; i < j; i, j = i+1, j-1 {
				path[i], path[j] = path[j], path[i]
			}
			return path, true
		}
		for _, d := range dirs {
			n := cur.Add(d)
			if !g.In(n) || g.At(n) == '#' {
				continue
			}
			if _, seen := prev[n]; seen {
				continue
			}
			prev[n] = cur
			queue = append(queue, n)
		}
	}
	return nil, false
}

const maze = `
S..#......
.#.#.####.
.#...#....
.#####.##.
......#..E
.####...#.`

func main() {
	g := ParseGrid(maze)
	s, _ := g.Find('S')
	e, ok := g.Find('E')
	fmt.Println(s, e, ok, g.H, g.W)
	path, ok := g.BFS(s, e)
	fmt.Println(len(path)-1, ok)
	for _, p := range path[1 : len(path)-1] {
		g.Set(p, '*')
	}
	fmt.Print(g)
	g.Set(P{4, 7}, '#')
	g.Set(P{2, 9}, '#')
	g.Set(P{3, 9}, '#')
	_, ok = g.BFS(s, e)
	fmt.Println("reachable after walls:", ok)
	_, missing := g.Find('Z')
	fmt.Println(missing)
}
