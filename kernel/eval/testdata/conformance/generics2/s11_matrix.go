// A generic matrix over a numeric constraint with methods returning new
// matrices, a generic identity constructor, and fixed-size array vectors
// with methods.
package main

import (
	"fmt"
	"strings"
)

type Num interface{ ~int | ~int64 | ~float64 }

type Matrix[T Num] struct {
	rows, cols int
	data       []T
}

func NewMatrix[T Num](rows, cols int, vals ...T) *Matrix[T] {
	m := &Matrix[T]{rows, cols, make([]T, rows*cols)}
	copy(m.data, vals)
	return m
}

func Identity[T Num](n int) *Matrix[T] {
	m := NewMatrix[T](n, n)
	for i := range n {
		m.Set(i, i, 1)
	}
	return m
}

func (m *Matrix[T]) At(i, j int) T     { return m.data[i*m.cols+j] }
func (m *Matrix[T]) Set(i, j int, v T) { m.data[i*m.cols+j] = v }

func (m *Matrix[T]) Mul(o *Matrix[T]) (*Matrix[T], error) {
	if m.cols != o.rows {
		return nil, fmt.Errorf("mul: %dx%d by %dx%d", m.rows, m.cols, o.rows, o.cols)
	}
	r := NewMatrix[T](m.rows, o.cols)
	for i := range m.rows {
		for j := range o.cols {
			var s T
			for k := range m.cols {
				s += m.At(i, k) * o.At(k, j)
			}
			r.Set(i, j, s)
		}
	}
	return r, nil
}

func (m *Matrix[T]) String() string {
	var b strings.Builder
	for i := range m.rows {
		fmt.Fprintln(&b, m.data[i*m.cols:(i+1)*m.cols])
	}
	return b.String()
}

type Vec3[T Num] [3]T

func (v Vec3[T]) Dot(o Vec3[T]) (s T) {
	for i := range v {
		s += v[i] * o[i]
	}
	return
}

func (v Vec3[T]) Scale(k T) Vec3[T] {
	for i := range v {
		v[i] *= k
	}
	return v
}

func main() {
	a := NewMatrix(2, 3, 1, 2, 3, 4, 5, 6)
	b := NewMatrix(3, 2, 7, 8, 9, 10, 11, 12)
	c, err := a.Mul(b)
	fmt.Print(c, err, "\n")
	_, err = a.Mul(a)
	fmt.Println(err)
	id := Identity[float64](2)
	f := NewMatrix(2, 2, 0.5, 1.5, 2, 3)
	p, _ := f.Mul(id)
	fmt.Print(p)
	v := Vec3[int]{1, 2, 3}
	fmt.Println(v.Dot(Vec3[int]{4, 5, 6}), v.Scale(2), v, len(v))
	fmt.Printf("%T %v\n", Vec3[float64]{}, Vec3[float64]{0.5}.Scale(4))
}
