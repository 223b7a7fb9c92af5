package main

import "fmt"

const n = 6

var moves = [8][2]int{{2, 1}, {1, 2}, {-1, 2}, {-2, 1}, {-2, -1}, {-1, -2}, {1, -2}, {2, -1}}

type board [n][n]int

func (b *board) free(r, c int) bool {
	return r >= 0 && r < n && c >= 0 && c < n && b[r][c] == 0
}

func (b *board) degree(r, c int) int {
	d := 0
	for _, m := range moves {
		if b.free(r+m[0], c+m[1]) {
			d++
		}
	}
	return d
}

func main() {
	var b board
	r, c := 0, 0
	b[r][c] = 1
	for step := 2; step <= n*n; step++ {
		best, br, bc := 9, -1, -1
		for _, m := range moves {
			nr, nc := r+m[0], c+m[1]
			if b.free(nr, nc) {
				if d := b.degree(nr, nc); d < best {
					best, br, bc = d, nr, nc
				}
			}
		}
		if br < 0 {
			fmt.Println("stuck at", step)
			break
		}
		r, c = br, bc
		b[r][c] = step
	}
	for _, row := range b {
		for _, v := range row {
			fmt.Printf("%3d", v)
		}
		fmt.Println()
	}
}
