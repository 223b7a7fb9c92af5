package main

import (
	"fmt"
	"strings"
)

type Number interface {
	~int | ~int64 | ~float64
}

type Matrix[T Number] [][]T

func New[T Number](r, c int) Matrix[T] {
	m := make(Matrix[T], r)
	for i := range m {
		m[i] = make([]T, c)
	}
	return m
}

func Identity[T Number](n int) Matrix[T] {
	m := New[T](n, n)
	for i := range n {
		m[i][i] = 1
	}
	return m
}

func (a Matrix[T]) Mul(b Matrix[T]) Matrix[T] {
	c := New[T](len(a), len(b[0]))
	for i := range a {
		for j := range b[0] {
			var s T
			for k := range b {
				s += a[i][k] * b[k][j]
			}
			c[i][j] = s
		}
	}
	return c
}

func (a Matrix[T]) T() Matrix[T] {
	t := New[T](len(a[0]), len(a))
	for i, row := range a {
		for j, v := range row {
			t[j][i] = v
		}
	}
	return t
}

func (a Matrix[T]) Pow(n int) Matrix[T] {
	r := Identity[T](len(a))
	for ; n > 0; n >>= 1 {
		if n&1 == 1 {
			r = r.Mul(a)
		}
		a = a.Mul(a)
	}
	return r
}

func (a Matrix[T]) String() string {
	var b strings.Builder
	for _, row := range a {
		fmt.Fprintln(&b, row)
	}
	return b.String()
}

func det(m [][]float64) float64 {
	n := len(m)
	a := make([][]float64, n)
	for i := range m {
		a[i] = append([]float64(nil), m[i]...)
	}
	d := 1.0
	for c := range n {
		p := c
		for r := c + 1; r < n; r++ {
			if abs(a[r][c]) > abs(a[p][c]) {
				p = r
			}
		}
		if a[p][c] == 0 {
			return 0
		}
		if p != c {
			a[p], a[c] = a[c], a[p]
			d = -d
		}
		d *= a[c][c]
		for r := c + 1; r < n; r++ {
			f := a[r][c] / a[c][c]
			for k := c; k < n; k++ {
				a[r][k] -= f * a[c][k]
			}
		}
	}
	return d
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

func main() {
	a := Matrix[int]{{1, 2, 3}, {4, 5, 6}}
	b := Matrix[int]{{7, 8}, {9, 10}, {11, 12}}
	fmt.Print(a.Mul(b))
	fmt.Print(a.T())
	fib := Matrix[int64]{{1, 1}, {1, 0}}
	fmt.Print(fib.Pow(40))
	fmt.Print(Identity[float64](3))
	fmt.Printf("%.2f\n", det([][]float64{{2, -3, 1}, {2, 0, -1}, {1, 4, 5}}))
	fmt.Printf("%.2f\n", det([][]float64{{1, 2}, {2, 4}}))
	var grid [3][3]int
	for i := range 3 {
		for j := range 3 {
			grid[i][j] = i*3 + j
		}
	}
	var rot [3][3]int
	for i := range 3 {
		for j := range 3 {
			rot[j][2-i] = grid[i][j]
		}
	}
	fmt.Println(grid, rot)
}
