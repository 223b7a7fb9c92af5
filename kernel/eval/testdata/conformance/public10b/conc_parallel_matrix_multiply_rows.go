package main

import (
	"fmt"
	"sync"
)

type Matrix [][]float64

func New(r, c int) Matrix {
	m := make(Matrix, r)
	for i := range m {
		m[i] = make([]float64, c)
	}
	return m
}

func (a Matrix) Mul(b Matrix) Matrix {
	out := New(len(a), len(b[0]))
	var wg sync.WaitGroup
	for i := range a {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			for j := range b[0] {
				var s float64
				for k := range b {
					s += a[i][k] * b[k][j]
				}
				out[i][j] = s
			}
		}(i)
	}
	wg.Wait()
	return out
}

func (m Matrix) String() string {
	s := ""
	for _, row := range m {
		s += fmt.Sprintf("%6.1f\n", row)
	}
	return s
}

func main() {
	a := New(3, 4)
	b := New(4, 2)
	for i := range a {
		for j := range a[i] {
			a[i][j] = float64(i + j)
		}
	}
	for i := range b {
		for j := range b[i] {
			b[i][j] = float64(i*2 - j)
		}
	}
	fmt.Print(a.Mul(b))
	id := New(3, 3)
	for i := range id {
		id[i][i] = 1
	}
	fmt.Print(id.Mul(a))
	fmt.Println(len(a.Mul(b)), len(a.Mul(b)[0]))
}
