package main

import "fmt"

func spiral(m [][]int) []int {
	var out []int
	if len(m) == 0 {
		return out
	}
	top, bottom, left, right := 0, len(m)-1, 0, len(m[0])-1
	for top <= bottom && left <= right {
		for c := left; c <= right; c++ {
			out = append(out, m[top][c])
		}
		top++
		for r := top; r <= bottom; r++ {
			out = append(out, m[r][right])
		}
		right--
		if top <= bottom {
			for c := right; c >= left; c-- {
				out = append(out, m[bottom][c])
			}
			bottom--
		}
		if left <= right {
			for r := bottom; r >= top; r-- {
				out = append(out, m[r][left])
			}
			left++
		}
	}
	return out
}

func rotate(m [][]int) {
	n := len(m)
	for i := range n {
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

func generate(n int) [][]int {
	m := make([][]int, n)
	for i := range m {
		m[i] = make([]int, n)
	}
	dirs := [][2]int{{0, 1}, {1, 0}, {0, -1}, {-1, 0}}
	r, c, d := 0, 0, 0
	for v := 1; v <= n*n; v++ {
		m[r][c] = v
		nr, nc := r+dirs[d][0], c+dirs[d][1]
		if nr < 0 || nc < 0 || nr >= n || nc >= n || m[nr][nc] != 0 {
			d = (d + 1) % 4
			nr, nc = r+dirs[d][0], c+dirs[d][1]
		}
		r, c = nr, nc
	}
	return m
}

func main() {
	m := [][]int{{1, 2, 3, 4}, {5, 6, 7, 8}, {9, 10, 11, 12}}
	fmt.Println(spiral(m))
	sq := [][]int{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}
	rotate(sq)
	fmt.Println(sq)
	for _, row := range generate(4) {
		for _, v := range row {
			fmt.Printf("%3d", v)
		}
		fmt.Println()
	}
	fmt.Println(spiral(nil), spiral([][]int{{1}, {2}, {3}}))
}
