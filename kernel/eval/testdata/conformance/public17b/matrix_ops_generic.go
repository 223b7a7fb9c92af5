package main

import (
	"errors"
	"fmt"
	"strings"
)

type Numeric interface {
	~int | ~int64 | ~float64
}

type Matrix[T Numeric] struct {
	rows, cols int
	data       []T
}

var ErrShape = errors.New("shape mismatch")

func New[T Numeric](r, c int, vals ...T) Matrix[T] {
	m := Matrix[T]{r, c, make([]T, r*c)}
	copy(m.data, vals)
	return m
}

func Identity[T Numeric](n int) Matrix[T] {
	m := New[T](n, n)
	for i := 0; i < n; i++ {
		m.Set(i, i, 1)
	}
	return m
}

func (m Matrix[T]) At(i, j int) T      { return m.data[i*m.cols+j] }
func (m *Matrix[T]) Set(i, j int, v T) { m.data[i*m.cols+j] = v }

func (m Matrix[T]) Mul(o Matrix[T]) (Matrix[T], error) {
	if m.cols != o.rows {
		return Matrix[T]{}, fmt.Errorf("mul %dx%d by %dx%d: %w", m.rows, m.cols, o.rows, o.cols, ErrShape)
	}
	r := New[T](m.rows, o.cols)
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

func (m Matrix[T]) Transpose() Matrix[T] {
	r := New[T](m.cols, m.rows)
	for i := 0; i < m.rows; i++ {
		for j := 0; j < m.cols; j++ {
			r.Set(j, i, m.At(i, j))
		}
	}
	return r
}

func (m Matrix[T]) Pow(n int) Matrix[T] {
	result := Identity[T](m.rows)
	base := m
	for n > 0 {
		if n&1 == 1 {
			result, _ = result.Mul(base)
		}
		base, _ = base.Mul(base)
		n >>= 1
	}
	return result
}

func (m Matrix[T]) String() string {
	var sb strings.Builder
	for i := 0; i < m.rows; i++ {
		for j := 0; j < m.cols; j++ {
			if j > 0 {
				sb.WriteByte(' ')
			}
			fmt.Fprintf(&sb, "%6v", m.At(i, j))
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func det(m Matrix[float64]) float64 {
	n := m.rows
	a := New[float64](n, n, m.data...)
	d := 1.0
	for c := 0; c < n; c++ {
		p := c
		for r := c + 1; r < n; r++ {
			if abs(a.At(r, c)) > abs(a.At(p, c)) {
				p = r
			}
		}
		if a.At(p, c) == 0 {
			return 0
		}
		if p != c {
			for k := 0; k < n; k++ {
				x, y := a.At(p, k), a.At(c, k)
				a.Set(p, k, y)
				a.Set(c, k, x)
			}
			d = -d
		}
		d *= a.At(c, c)
		for r := c + 1; r < n; r++ {
			f := a.At(r, c) / a.At(c, c)
			for k := c; k < n; k++ {
				a.Set(r, k, a.At(r, k)-f*a.At(c, k))
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
	fib := New[int64](2, 2, 1, 1, 1, 0)
	fmt.Print(fib.Pow(10))
	fmt.Println(fib.Pow(90).At(0, 1))
	a := New(2, 3, 1, 2, 3, 4, 5, 6)
	fmt.Print(a.Transpose())
	p, err := a.Mul(a.Transpose())
	fmt.Print(p, err, "\n")
	_, err = a.Mul(a)
	fmt.Println(err, errors.Is(err, ErrShape))
	f := New(3, 3, 2.0, -1, 0, -1, 2, -1, 0, -1, 2)
	fmt.Printf("det=%.4f\n", det(f))
	fmt.Printf("%v|%s", Identity[float64](2), New(1, 2, 0.5, 1e6))
}
