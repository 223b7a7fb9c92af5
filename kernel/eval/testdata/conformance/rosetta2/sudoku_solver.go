package main

import "fmt"

type grid [9][9]int

func (g *grid) ok(r, c, v int) bool {
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

func (g *grid) solve() bool {
	for r := 0; r < 9; r++ {
		for c := 0; c < 9; c++ {
			if g[r][c] != 0 {
				continue
			}
			for v := 1; v <= 9; v++ {
				if g.ok(r, c, v) {
					g[r][c] = v
					if g.solve() {
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

func main() {
	puzzle := []string{
		"530070000", "600195000", "098000060",
		"800060003", "400803001", "700020006",
		"060000280", "000419005", "000080079",
	}
	var g grid
	for r, row := range puzzle {
		for c, ch := range row {
			g[r][c] = int(ch - '0')
		}
	}
	fmt.Println(g.solve())
	for _, row := range g {
		fmt.Println(row)
	}
}
