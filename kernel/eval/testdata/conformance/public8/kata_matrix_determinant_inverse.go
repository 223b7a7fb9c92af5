package main

import (
	"errors"
	"fmt"
	"math"
)

type Mat [][]float64

var ErrSingular = errors.New("matrix is singular")

func (m Mat) Clone() Mat {
	c := make(Mat, len(m))
	for i := range m {
		c[i] = append([]float64(nil), m[i]...)
	}
	return c
}

func (m Mat) Det() float64 {
	a := m.Clone()
	n := len(a)
	det := 1.0
	for col := range n {
		piv := col
		for r := col + 1; r < n; r++ {
			if math.Abs(a[r][col]) > math.Abs(a[piv][col]) {
				piv = r
			}
		}
		if a[piv][col] == 0 {
			return 0
		}
		if piv != col {
			a[piv], a[col] = a[col], a[piv]
			det = -det
		}
		det *= a[col][col]
		for r := col + 1; r < n; r++ {
			f := a[r][col] / a[col][col]
			for c := col; c < n; c++ {
				a[r][c] -= f * a[col][c]
			}
		}
	}
	return det
}

func (m Mat) Inverse() (Mat, error) {
	n := len(m)
	a := make(Mat, n)
	for i := range m {
		a[i] = append(append([]float64(nil), m[i]...), make([]float64, n)...)
		a[i][n+i] = 1
	}
	for col := range n {
		piv := col
		for r := col + 1; r < n; r++ {
			if math.Abs(a[r][col]) > math.Abs(a[piv][col]) {
				piv = r
			}
		}
		if math.Abs(a[piv][col]) < 1e-12 {
			return nil, fmt.Errorf("inverse of %dx%d: %w", n, n, ErrSingular)
		}
		a[piv], a[col] = a[col], a[piv]
		p := a[col][col]
		for c := range a[col] {
			a[col][c] /= p
		}
		for r := range n {
			if r != col {
				f := a[r][col]
				for c := range a[r] {
					a[r][c] -= f * a[col][c]
				}
			}
		}
	}
	inv := make(Mat, n)
	for i := range a {
		inv[i] = a[i][n:]
	}
	return inv, nil
}

func main() {
	m := Mat{{4, 7, 2}, {3, 6, 1}, {2, 5, 3}}
	fmt.Printf("det=%.3f\n", m.Det())
	inv, err := m.Inverse()
	fmt.Println(err)
	for _, row := range inv {
		for _, v := range row {
			fmt.Printf("%8.4f", v)
		}
		fmt.Println()
	}
	_, err = Mat{{1, 2}, {2, 4}}.Inverse()
	fmt.Println(err, errors.Is(err, ErrSingular), Mat{{1, 2}, {2, 4}}.Det())
	fmt.Println(Mat{{0, 1}, {1, 0}}.Det(), Mat{{2}}.Det())
}
