package main

import (
	"errors"
	"fmt"
	"strings"
)

type Numeric interface {
	~int | ~int32 | ~int64 | ~float32 | ~float64
}

type Matrix[T Numeric] struct {
	rows, cols int
	data       []T
}

var ErrShape = errors.New("shape mismatch")

func NewMatrix[T Numeric](rows, cols int, vals ...T) *Matrix[T] {
	m := &Matrix[T]{rows, cols, make([]T, rows*cols)}
	copy(m.data, vals)
	return m
}

func Identity[T Numeric](n int) *Matrix[T] {
	m := NewMatrix[T](n, n)
	for i := 0; i < n; i++ {
		m.Set(i, i, 1)
	}
	return m
}

func (m *Matrix[T]) At(i, j int) T     { return m.data[i*m.cols+j] }
func (m *Matrix[T]) Set(i, j int, v T) { m.data[i*m.cols+j] = v }

func (m *Matrix[T]) Mul(o *Matrix[T]) (*Matrix[T], error) {
	if m.cols != o.rows {
		return nil, fmt.Errorf("mul %dx%d by %dx%d: %w", m.rows, m.cols, o.rows, o.cols, ErrShape)
	}
	r := NewMatrix[T](m.rows, o.cols)
	for i := 0; i < m.rows; i++ {
		for j := 0; j < o.cols; j++ {
			var s T
			for k := 0; k < m.cols; k++ {
				s += m.At(i, k) * o.At(k, j)
			}
			r.Set(i, j, s)
		}
	}
	return r, nil
}

func (m *Matrix[T]) Transpose() *Matrix[T] {
	t := NewMatrix[T](m.cols, m.rows)
	for i := 0; i < m.rows; i++ {
		for j := 0; j < m.cols; j++ {
			t.Set(j, i, m.At(i, j))
		}
	}
	return t
}

func (m *Matrix[T]) Pow(n int) *Matrix[T] {
	res := Identity[T](m.rows)
	base := m
	for n > 0 {
		if n&1 == 1 {
			res, _ = res.Mul(base)
		}
		base, _ = base.Mul(base)
		n >>= 1
	}
	return res
}

func (m *Matrix[T]) String() string {
	var sb strings.Builder
	for i := 0; i < m.rows; i++ {
		sb.WriteString("[")
		for j := 0; j < m.cols; j++ {
			if j > 0 {
				sb.WriteString(" ")
			}
			fmt.Fprintf(&sb, "%v", m.At(i, j))
		}
		sb.WriteString("]\n")
	}
	return sb.String()
}

func main() {
	a := NewMatrix(2, 3, 1, 2, 3, 4, 5, 6)
	b := a.Transpose()
	fmt.Print(a, b)
	c, err := a.Mul(b)
	fmt.Print(c, err, "\n")
	_, err = a.Mul(a)
	fmt.Println(err, errors.Is(err, ErrShape))
	fib := NewMatrix[int64](2, 2, 1, 1, 1, 0)
	fmt.Print(fib.Pow(50))
	f := NewMatrix(2, 2, float32(0.5), 0, 0, 2)
	fmt.Print(f.Pow(3))
	fmt.Print(Identity[float64](3))
}
