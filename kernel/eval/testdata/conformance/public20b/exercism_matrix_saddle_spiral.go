package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Matrix [][]int

func Parse(s string) (Matrix, error) {
	var m Matrix
	for i, line := range strings.Split(s, "\n") {
		var row []int
		for _, f := range strings.Fields(line) {
			v, err := strconv.Atoi(f)
			if err != nil {
				return nil, fmt.Errorf("row %d: %w", i, err)
			}
			row = append(row, v)
		}
		if len(m) > 0 && len(row) != len(m[0]) {
			return nil, errors.New("uneven rows")
		}
		m = append(m, row)
	}
	return m, nil
}

func (m Matrix) Rows() [][]int {
	out := make([][]int, len(m))
	for i, r := range m {
		out[i] = append([]int(nil), r...)
	}
	return out
}

func (m Matrix) Cols() [][]int {
	if len(m) == 0 {
		return nil
	}
	out := make([][]int, len(m[0]))
	for _, r := range m {
		for j, v := range r {
			out[j] = append(out[j], v)
		}
	}
	return out
}

func (m Matrix) Set(r, c, v int) bool {
	if r < 0 || r >= len(m) || c < 0 || c >= len(m[r]) {
		return false
	}
	m[r][c] = v
	return true
}

func (m Matrix) Saddles() [][2]int {
	var out [][2]int
	cols := m.Cols()
	for i, row := range m {
		for j, v := range row {
			isMaxRow, isMinCol := true, true
			for _, x := range row {
				if x > v {
					isMaxRow = false
				}
			}
			for _, x := range cols[j] {
				if x < v {
					isMinCol = false
				}
			}
			if isMaxRow && isMinCol {
				out = append(out, [2]int{i + 1, j + 1})
			}
		}
	}
	return out
}

func Spiral(n int) [][]int {
	m := make([][]int, n)
	for i := range m {
		m[i] = make([]int, n)
	}
	top, bottom, left, right := 0, n-1, 0, n-1
	k := 1
	for top <= bottom && left <= right {
		for c := left; c <= right; c++ {
			m[top][c] = k
			k++
		}
		top++
		for r := top; r <= bottom; r++ {
			m[r][right] = k
			k++
		}
		right--
		for c := right; c >= left && top <= bottom; c-- {
			m[bottom][c] = k
			k++
		}
		bottom--
		for r := bottom; r >= top && left <= right; r-- {
			m[r][left] = k
			k++
		}
		left++
	}
	return m
}

func main() {
	m, err := Parse("9 8 7\n5 3 2\n6 6 7")
	fmt.Println(m, err)
	fmt.Println(m.Rows(), m.Cols())
	rows := m.Rows()
	rows[0][0] = 100
	fmt.Println(m[0][0], m.Set(1, 1, 30), m.Set(5, 0, 1), m)
	fmt.Println(m.Saddles())
	m2, _ := Parse("4 5 4\n3 5 5\n1 5 4")
	fmt.Println(m2.Saddles())
	_, err = Parse("1 2\n3")
	fmt.Println(err)
	_, err = Parse("1 x")
	fmt.Println(err, errors.Is(err, strconv.ErrSyntax))
	for _, n := range []int{0, 1, 4, 5} {
		for _, r := range Spiral(n) {
			for _, v := range r {
				fmt.Printf("%3d", v)
			}
			fmt.Println()
		}
		fmt.Println("--")
	}
}
