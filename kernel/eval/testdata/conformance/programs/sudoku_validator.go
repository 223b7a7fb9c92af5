package main

import "fmt"

type Grid [9][9]int

func (g *Grid) valid() (bool, string) {
	for i := 0; i < 9; i++ {
		var row, col, box [10]bool
		for j := 0; j < 9; j++ {
			r, c := g[i][j], g[j][i]
			b := g[3*(i/3)+j/3][3*(i%3)+j%3]
			if r != 0 && row[r] {
				return false, fmt.Sprintf("row %d repeats %d", i, r)
			}
			if c != 0 && col[c] {
				return false, fmt.Sprintf("column %d repeats %d", i, c)
			}
			if b != 0 && box[b] {
				return false, fmt.Sprintf("box %d repeats %d", i, b)
			}
			row[r], col[c], box[b] = true, true, true
		}
	}
	return true, ""
}

func (g *Grid) solve() bool {
	for i := 0; i < 81; i++ {
		r, c := i/9, i%9
		if g[r][c] != 0 {
			continue
		}
		for v := 1; v <= 9; v++ {
			g[r][c] = v
			if ok, _ := g.valid(); ok && g.solve() {
				return true
			}
		}
		g[r][c] = 0
		return false
	}
	return true
}

func main() {
	g := Grid{
		{5, 3, 0, 0, 7, 0, 0, 0, 0},
		{6, 0, 0, 1, 9, 5, 0, 0, 0},
		{0, 9, 8, 0, 0, 0, 0, 6, 0},
		{8, 0, 0, 0, 6, 0, 0, 0, 3},
		{4, 0, 0, 8, 0, 3, 0, 0, 1},
		{7, 0, 0, 0, 2, 0, 0, 0, 6},
		{0, 6, 0, 0, 0, 0, 2, 8, 0},
		{0, 0, 0, 4, 1, 9, 0, 0, 5},
		{0, 0, 0, 0, 8, 0, 0, 7, 9},
	}
	fmt.Println(g.valid())
	bad := g
	bad[0][2] = 5
	fmt.Println(bad.valid())
	fmt.Println(g.solve())
	for _, row := range g[:3] {
		fmt.Println(row)
	}
}
