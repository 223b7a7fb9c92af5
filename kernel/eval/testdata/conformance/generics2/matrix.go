package main

import "fmt"

type Numeric interface {
	~int | ~int64 | ~float64
}

type Matrix[T Numeric] struct {
	rows, cols int
	data       []T
}

func NewMatrix[T Numeric](r, c int, vals ...T) *Matrix[T] {
	m := &Matrix[T]{rows: r, cols: c, data: make([]T, r*c)}
	copy(m.data, vals)
	return m
}

func (m *Matrix[T]) At(i, j int) T { return m.data[i*m.cols+j] }

func (m *Matrix[T]) Mul(o *Matrix[T]) *Matrix[T] {
	out := NewMatrix[T](m.rows, o.cols)
	for i := 0; i < m.rows; i++ {
		for j := 0; j < o.cols; j++ {
			var s T
			for k := 0; k < m.cols; k++ {
				s += m.At(i, k) * o.At(k, j)
			}
			out.data[i*out.cols+j] = s
		}
	}
	return out
}

func (m *Matrix[T]) Transpose() *Matrix[T] {
	t := NewMatrix[T](m.cols, m.rows)
	for i := 0; i < m.rows; i++ {
		for j := 0; j < m.cols; j++ {
			t.data[j*t.cols+i] = m.At(i, j)
		}
	}
	return t
}

func (m *Matrix[T]) String() string {
	s := ""
	for i := 0; i < m.rows; i++ {
		s += fmt.Sprint(m.data[i*m.cols : (i+1)*m.cols])
	}
	return s
}

func main() {
	a := NewMatrix(2, 3, 1, 2, 3, 4, 5, 6)
	fmt.Println(a, a.Transpose())
	fmt.Println(a.Mul(a.Transpose()))
	f := NewMatrix(1, 2, 0.5, 1.5)
	fmt.Println(f.Mul(f.Transpose()).At(0, 0))
}
