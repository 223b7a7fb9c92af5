package main

import "fmt"

type Matrix [][]float64

func NewMatrix(r, c int) Matrix {
	m := make(Matrix, r)
	for i := range m {
		m[i] = make([]float64, c)
	}
	return m
}

func (a Matrix) Mul(b Matrix) Matrix {
	out := NewMatrix(len(a), len(b[0]))
	for i := range a {
		for j := range b[0] {
			for k := range b {
				out[i][j] += a[i][k] * b[k][j]
			}
		}
	}
	return out
}

func (a Matrix) T() Matrix {
	out := NewMatrix(len(a[0]), len(a))
	for i, row := range a {
		for j, v := range row {
			out[j][i] = v
		}
	}
	return out
}

func identity(n int) Matrix {
	m := NewMatrix(n, n)
	for i := 0; i < n; i++ {
		m[i][i] = 1
	}
	return m
}

func main() {
	a := Matrix{{1, 2, 3}, {4, 5, 6}}
	b := Matrix{{7, 8}, {9, 10}, {11, 12}}
	fmt.Println(a.Mul(b))
	fmt.Println(a.T())
	fmt.Println(b.Mul(a).Mul(identity(3)))
	p := Matrix{{1, 1}, {1, 0}}
	r := identity(2)
	for i := 0; i < 10; i++ {
		r = r.Mul(p)
	}
	fmt.Println("fib via matrix:", r[0][1])
	var arr [3][3]int
	for i := range arr {
		for j := range arr[i] {
			arr[i][j] = i*3 + j
		}
	}
	fmt.Println(arr)
}
