package main

import (
	"fmt"
	"strings"
)

type Grid [3][3]rune

func (g Grid) String() string {
	var b strings.Builder
	for _, row := range g {
		b.WriteString(string(row[:]))
		b.WriteByte('\n')
	}
	return b.String()
}

func (g *Grid) Set(r, c int, v rune) { g[r][c] = v }

func winner(g Grid) rune {
	lines := [][3][2]int{{{0, 0}, {0, 1}, {0, 2}}, {{0, 0}, {1, 1}, {2, 2}}, {{0, 2}, {1, 1}, {2, 0}}, {{0, 0}, {1, 0}, {2, 0}}}
	for _, l := range lines {
		a, b, c := g[l[0][0]][l[0][1]], g[l[1][0]][l[1][1]], g[l[2][0]][l[2][1]]
		if a != '.' && a == b && b == c {
			return a
		}
	}
	return 0
}

type Point struct{ X, Y int }

func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }

var dirs = [...]Point{{0, 1}, {1, 0}, {0, -1}, {-1, 0}}

func bfs(maze []string, start, end Point) int {
	dist := map[Point]int{start: 0}
	queue := []Point{start}
	for len(queue) > 0 {
		p := queue[0]
		queue = queue[1:]
		if p == end {
			return dist[p]
		}
		for _, d := range dirs {
			q := p.Add(d)
			if q.Y < 0 || q.Y >= len(maze) || q.X < 0 || q.X >= len(maze[q.Y]) || maze[q.Y][q.X] == '#' {
				continue
			}
			if _, seen := dist[q]; !seen {
				dist[q] = dist[p] + 1
				queue = append(queue, q)
			}
		}
	}
	return -1
}

func main() {
	var g Grid
	for i := range g {
		for j := range g[i] {
			g[i][j] = '.'
		}
	}
	g.Set(0, 0, 'X')
	g.Set(1, 1, 'X')
	h := g
	h.Set(2, 2, 'X')
	fmt.Print(g, h)
	fmt.Printf("%c %d\n", winner(h), winner(g))
	gs := []Grid{g, h}
	gs[0].Set(2, 0, 'O')
	fmt.Println(gs[0][2][0] == 'O', g[2][0] == '.')
	pg := &gs[1]
	pg.Set(0, 2, 'O')
	fmt.Println(string(gs[1][0][:]))

	maze := []string{
		"S.#.....",
		".##.###.",
		"....#...",
		"###.#.#.",
		"......#E",
	}
	fmt.Println(bfs(maze, Point{0, 0}, Point{7, 4}))
	m := map[Point][]Point{}
	m[Point{1, 1}] = append(m[Point{1, 1}], Point{2, 2})
	m[Point{1, 1}] = append(m[Point{1, 1}], Point{3, 3})
	fmt.Println(m, len(m[Point{0, 0}]))
	type key [2]string
	seen := map[key]bool{{"a", "b"}: true}
	fmt.Println(seen[key{"a", "b"}], seen[key{"b", "a"}])
	arr := [5]int{1, 2, 3, 4, 5}
	s := arr[1:3]
	s = append(s, 99)
	fmt.Println(arr, s, len(s), cap(s))
	s2 := arr[1:3:3]
	s2 = append(s2, 77)
	fmt.Println(arr, s2)
	matrix := make([][]float64, 3)
	for i := range matrix {
		matrix[i] = make([]float64, 3)
		matrix[i][i] = 1.5
	}
	fmt.Println(matrix)
	copy(matrix[0], []float64{9, 9})
	fmt.Printf("%.1f %v\n", matrix[0], matrix[0][2])
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 2 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println()
	i := 0
loop:
	if i < 3 {
		fmt.Print("g", i)
		i++
		goto loop
	}
	fmt.Println()
	for i, r := range "héllo, 世界" {
		if r > 127 {
			fmt.Print(i, ":", string(r), " ")
		}
	}
	fmt.Println(len("世界"), []byte("é"), []rune("世界"))
	switch x := 5; {
	case x > 3:
		fmt.Println("big")
		fallthrough
	case x > 10:
		fmt.Println("fell")
	default:
		fmt.Println("no")
	}
}
