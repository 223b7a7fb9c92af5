package main

import (
	"fmt"
	"strings"
)

func spiral(m [][]int) []int {
	out := []int{}
	if len(m) == 0 || len(m[0]) == 0 {
		return out
	}
	h, w := len(m), len(m[0])
	seen := make([]bool, h*w)
	steps := [...][2]int{{0, 1}, {1, 0}, {0, -1}, {-1, 0}}
	r, c, d := 0, 0, 0
	for len(out) < h*w {
		out = append(out, m[r][c])
		seen[r*w+c] = true
		for turn := 0; turn < 4; turn++ {
			nr, nc := r+steps[d][0], c+steps[d][1]
			if nr >= 0 && nr < h && nc >= 0 && nc < w && !seen[nr*w+nc] {
				r, c = nr, nc
				break
			}
			d = (d + 1) % 4
		}
	}
	return out
}

func rotate(m [][]int) {
	n := len(m)
	for i := 0; i < n; i++ {
		for j := i + 1; j < n; j++ {
			m[i][j], m[j][i] = m[j][i], m[i][j]
		}
	}
	for _, row := range m {
		for i, j := 0, n-1; i < j; i, j = i+1, j-1 {
			row[i], row[j] = row[j], row[i]
		}
	}
}

func setZeroes(m [][]int) {
	rows, cols := map[int]bool{}, map[int]bool{}
	for i, row := range m {
		for j, v := range row {
			if v == 0 {
				rows[i], cols[j] = true, true
			}
		}
	}
	for i := range m {
		for j := range m[i] {
			if rows[i] || cols[j] {
				m[i][j] = 0
			}
		}
	}
}

func generate(n int) [][]int {
	m := make([][]int, n)
	for i := range m {
		m[i] = make([]int, n)
	}
	dirs := [4][2]int{{0, 1}, {1, 0}, {0, -1}, {-1, 0}}
	r, c, d := 0, 0, 0
	for k := 1; k <= n*n; k++ {
		m[r][c] = k
		nr, nc := r+dirs[d][0], c+dirs[d][1]
		if nr < 0 || nr >= n || nc < 0 || nc >= n || m[nr][nc] != 0 {
			d = (d + 1) % 4
			nr, nc = r+dirs[d][0], c+dirs[d][1]
		}
		r, c = nr, nc
	}
	return m
}

func show(m [][]int) string {
	var sb strings.Builder
	for _, row := range m {
		for j, v := range row {
			if j > 0 {
				sb.WriteByte(' ')
			}
			fmt.Fprintf(&sb, "%2d", v)
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func main() {
	m := [][]int{{1, 2, 3, 4}, {5, 6, 7, 8}, {9, 10, 11, 12}}
	fmt.Println(spiral(m))
	fmt.Println(spiral([][]int{{1}, {2}, {3}}), spiral(nil))
	sq := [][]int{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}
	rotate(sq)
	fmt.Print(show(sq))
	z := [][]int{{1, 1, 1}, {1, 0, 1}, {1, 1, 1}}
	setZeroes(z)
	fmt.Println(z)
	g := generate(4)
	fmt.Print(show(g))
	fmt.Println(spiral(g))
}
