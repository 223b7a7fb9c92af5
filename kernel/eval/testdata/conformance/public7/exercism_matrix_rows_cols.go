package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Matrix [][]int

func New(s string) (Matrix, error) {
	var m Matrix
	for i, line := range strings.Split(s, "\n") {
		fields := strings.Fields(line)
		if i > 0 && len(fields) != len(m[0]) {
			return nil, fmt.Errorf("row %d: %d columns, want %d", i, len(fields), len(m[0]))
		}
		row := make([]int, len(fields))
		for j, f := range fields {
			n, err := strconv.Atoi(f)
			if err != nil {
				return nil, fmt.Errorf("row %d col %d: %w", i, j, err)
			}
			row[j] = n
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
	out := make([][]int, len(m[0]))
	for _, r := range m {
		for j, v := range r {
			out[j] = append(out[j], v)
		}
	}
	return out
}

func (m Matrix) Set(r, c, v int) bool {
	if r < 0 || r >= len(m) || c < 0 || c >= len(m[0]) {
		return false
	}
	m[r][c] = v
	return true
}

func main() {
	m, err := New("1 2 3\n4 5 6\n7 8 9\n8 7 6")
	fmt.Println(m, err)
	rows := m.Rows()
	rows[0][0] = 100
	fmt.Println(m.Rows()[0], m.Cols())
	fmt.Println(m.Set(1, 1, 55), m.Set(5, 0, 1), m[1])
	_, err = New("1 2\n3")
	fmt.Println(err)
	_, err = New("1 x")
	fmt.Println(err)
	var numErr *strconv.NumError
	fmt.Println(errors.As(err, &numErr), numErr.Func, numErr.Num)
}
