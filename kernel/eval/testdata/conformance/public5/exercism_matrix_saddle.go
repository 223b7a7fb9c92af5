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
			return nil, errors.New("uneven rows")
		}
		row := make([]int, len(fields))
		for j, f := range fields {
			n, err := strconv.Atoi(f)
			if err != nil {
				return nil, fmt.Errorf("row %d: %w", i, err)
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
	if len(m) == 0 {
		return nil
	}
	out := make([][]int, len(m[0]))
	for j := range out {
		for i := range m {
			out[j] = append(out[j], m[i][j])
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

type Pair [2]int

func (m Matrix) Saddle() []Pair {
	var out []Pair
	cols := m.Cols()
	for i, row := range m {
		for j, v := range row {
			if v == max(row...) && v == minOf(cols[j]) {
				out = append(out, Pair{i + 1, j + 1})
			}
		}
	}
	return out
}

func max(xs ...int) int {
	m := xs[0]
	for _, x := range xs[1:] {
		if x > m {
			m = x
		}
	}
	return m
}

func minOf(xs []int) int { return -max(neg(xs)...) }

func neg(xs []int) []int {
	out := make([]int, len(xs))
	for i, x := range xs {
		out[i] = -x
	}
	return out
}

func main() {
	m, err := New("9 8 7\n5 3 2\n6 6 7")
	fmt.Println(m, err)
	fmt.Println(m.Rows(), m.Cols())
	rows := m.Rows()
	rows[0][0] = 100
	fmt.Println(m[0][0], m.Set(1, 1, 0), m.Set(3, 0, 1), m)
	fmt.Println(m.Saddle())
	m2, _ := New("4 5 4\n3 5 5\n1 5 4")
	fmt.Println(m2.Saddle())
	_, err = New("1 2\n3")
	fmt.Println(err)
	_, err = New("1 2\n3 x")
	fmt.Println(err)
	var ne *strconv.NumError
	fmt.Println(errors.As(err, &ne), ne.Func, ne.Num)
}
