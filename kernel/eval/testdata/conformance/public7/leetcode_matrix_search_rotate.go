package main

import "fmt"

func rotate(m [][]int) {
	n := len(m)
	for i := 0; i < n; i++ {
		for j := i + 1; j < n; j++ {
			m[i][j], m[j][i] = m[j][i], m[i][j]
		}
	}
	for _, row := range m {
		for l, r := 0, n-1; l < r; l, r = l+1, r-1 {
			row[l], row[r] = row[r], row[l]
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

func searchMatrix(m [][]int, target int) bool {
	r, c := 0, len(m[0])-1
	for r < len(m) && c >= 0 {
		switch v := m[r][c]; {
		case v == target:
			return true
		case v > target:
			c--
		default:
			r++
		}
	}
	return false
}

func spiral(m [][]int) []int {
	var out []int
	top, bot, left, right := 0, len(m)-1, 0, len(m[0])-1
	for top <= bot && left <= right {
		for j := left; j <= right; j++ {
			out = append(out, m[top][j])
		}
		top++
		for i := top; i <= bot; i++ {
			out = append(out, m[i][right])
		}
		right--
		if top <= bot {
			for j := right; j >= left; j-- {
				out = append(out, m[bot][j])
			}
			bot--
		}
		if left <= right {
			for i := bot; i >= top; i-- {
				out = append(out, m[i][left])
			}
			left++
		}
	}
	return out
}

func gameOfLife(b [][]int) {
	h, w := len(b), len(b[0])
	for i := 0; i < h; i++ {
		for j := 0; j < w; j++ {
			live := 0
			for di := -1; di <= 1; di++ {
				for dj := -1; dj <= 1; dj++ {
					if (di != 0 || dj != 0) && i+di >= 0 && i+di < h && j+dj >= 0 && j+dj < w {
						live += b[i+di][j+dj] & 1
					}
				}
			}
			if live == 3 || live+b[i][j]&1 == 3 {
				b[i][j] |= 2
			}
		}
	}
	for i := range b {
		for j := range b[i] {
			b[i][j] >>= 1
		}
	}
}

func main() {
	m := [][]int{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}
	rotate(m)
	fmt.Println(m)
	z := [][]int{{1, 1, 1}, {1, 0, 1}, {1, 1, 1}}
	setZeroes(z)
	fmt.Println(z)
	s := [][]int{{1, 4, 7, 11}, {2, 5, 8, 12}, {3, 6, 9, 16}, {10, 13, 14, 17}}
	fmt.Println(searchMatrix(s, 5), searchMatrix(s, 20))
	fmt.Println(spiral([][]int{{1, 2, 3, 4}, {5, 6, 7, 8}, {9, 10, 11, 12}}), spiral([][]int{{1}, {2}}))
	g := [][]int{{0, 1, 0}, {0, 0, 1}, {1, 1, 1}, {0, 0, 0}}
	for gen := 0; gen < 4; gen++ {
		gameOfLife(g)
	}
	fmt.Println(g)
}
