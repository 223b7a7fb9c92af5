package main

import "fmt"

type Matrix [][]float64

func New(r, c int) Matrix {
	m := make(Matrix, r)
	for i := range m {
		m[i] = make([]float64, c)
	}
	return m
}

func (a Matrix) Mul(b Matrix) (Matrix, error) {
	if len(a[0]) != len(b) {
		return nil, fmt.Errorf("dimension mismatch: %dx%d * %dx%d", len(a), len(a[0]), len(b), len(b[0]))
	}
	c := New(len(a), len(b[0]))
	for i := range a {
		for j := range b[0] {
			for k := range b {
				c[i][j] += a[i][k] * b[k][j]
			}
		}
	}
	return c, nil
}

func (a Matrix) T() Matrix {
	t := New(len(a[0]), len(a))
	for i, row := range a {
		for j, v := range row {
			t[j][i] = v
		}
	}
	return t
}

func main() {
	a := Matrix{{1, 2, 3}, {4, 5, 6}}
	b := Matrix{{7, 8}, {9, 10}, {11, 12}}
	c, err := a.Mul(b)
	fmt.Println(c, err)
	_, err = a.Mul(a)
	fmt.Println(err)
	fmt.Println(a.T())
	var id [3][3]int
	for i := range id {
		id[i][i] = 1
	}
	fmt.Println(id, id == [3][3]int{{1}, {0, 1}, {0, 0, 1}})
	fmt.Printf("%.2f\n", Matrix{{0.5, 1.0 / 3}})
}
