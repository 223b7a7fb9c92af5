package main

import (
	"fmt"
	"strings"
)

func spiral(m [][]int) []int {
	if len(m) == 0 {
		return nil
	}
	var out []int
	top, bot, left, right := 0, len(m)-1, 0, len(m[0])-1
	for top <= bot && left <= right {
		for c := left; c <= right; c++ {
			out = append(out, m[top][c])
		}
		top++
		for r := top; r <= bot; r++ {
			out = append(out, m[r][right])
		}
		right--
		if top <= bot {
			for c := right; c >= left; c-- {
				out = append(out, m[bot][c])
			}
			bot--
		}
		if left <= right {
			for r := bot; r >= top; r-- {
				out = append(out, m[r][left])
			}
			left++
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

func show(m [][]int) string {
	var rows []string
	for _, r := range m {
		rows = append(rows, fmt.Sprint(r))
	}
	return strings.Join(rows, " ")
}

func pascal(n int) [][]int {
	t := make([][]int, n)
	for i := range t {
		t[i] = make([]int, i+1)
		t[i][0], t[i][i] = 1, 1
		for j := 1; j < i; j++ {
			t[i][j] = t[i-1][j-1] + t[i-1][j]
		}
	}
	return t
}

func main() {
	m := [][]int{{1, 2, 3, 4}, {5, 6, 7, 8}, {9, 10, 11, 12}}
	fmt.Println(spiral(m))
	sq := [][]int{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}
	rotate(sq)
	fmt.Println(show(sq))
	rotate(sq)
	rotate(sq)
	rotate(sq)
	fmt.Println(show(sq))
	fmt.Println(spiral([][]int{{1}, {2}, {3}}), spiral(nil), spiral([][]int{{1, 2, 3}}))
	for _, row := range pascal(7) {
		fmt.Printf("%*s%v\n", 7-len(row), "", row)
	}
	var grid [4][4]int
	for i := range grid {
		for j := range grid[i] {
			grid[i][j] = (i + 1) * (j + 1)
		}
	}
	diag, anti := 0, 0
	for i := range 4 {
		diag += grid[i][i]
		anti += grid[i][3-i]
	}
	fmt.Println(grid, diag, anti)
}
