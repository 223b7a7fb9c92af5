package main

import (
	"fmt"
	"strings"
)

type Grid [9][9]int

func parse(s string) (Grid, error) {
	var g Grid
	s = strings.Join(strings.Fields(s), "")
	if len(s) != 81 {
		return g, fmt.Errorf("need 81 cells, got %d", len(s))
	}
	for i, c := range s {
		switch {
		case c == '.' || c == '0':
		case c >= '1' && c <= '9':
			g[i/9][i%9] = int(c - '0')
		default:
			return g, fmt.Errorf("bad cell %q at %d", c, i)
		}
	}
	return g, nil
}

func (g *Grid) ok(r, c, v int) bool {
	for i := 0; i < 9; i++ {
		if g[r][i] == v || g[i][c] == v {
			return false
		}
	}
	br, bc := r/3*3, c/3*3
	for i := br; i < br+3; i++ {
		for j := bc; j < bc+3; j++ {
			if g[i][j] == v {
				return false
			}
		}
	}
	return true
}

func (g *Grid) solve(steps *int) bool {
	for r := 0; r < 9; r++ {
		for c := 0; c < 9; c++ {
			if g[r][c] != 0 {
				continue
			}
			for v := 1; v <= 9; v++ {
				if g.ok(r, c, v) {
					g[r][c] = v
					*steps++
					if g.solve(steps) {
						return true
					}
					g[r][c] = 0
				}
			}
			return false
		}
	}
	return true
}

func (g Grid) String() string {
	var sb strings.Builder
	for r, row := range g {
		if r%3 == 0 && r > 0 {
			sb.WriteString("------+-------+------\n")
		}
		for c, v := range row {
			if c%3 == 0 && c > 0 {
				sb.WriteString("| ")
			}
			fmt.Fprintf(&sb, "%d ", v)
		}
		sb.WriteString("\n")
	}
	return sb.String()
}

const puzzle = `
53..7....
6..195...
.98....6.
8...6...3
4..8.3..1
7...2...6
.6....28.
...419..5
....8..79`

func main() {
	g, err := parse(puzzle)
	if err != nil {
		fmt.Println(err)
		return
	}
	orig := g
	steps := 0
	fmt.Println("solved:", g.solve(&steps), "steps:", steps)
	fmt.Print(g)
	fmt.Println(orig[0], orig == g)
	_, err = parse("12x")
	fmt.Println(err)
	_, err = parse(strings.Repeat("x", 81))
	fmt.Println(err)
}
