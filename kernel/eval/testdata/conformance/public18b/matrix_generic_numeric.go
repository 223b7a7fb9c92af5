package main

import (
	"errors"
	"fmt"
	"math"
	"strings"
)

type Number interface {
	~int | ~int32 | ~int64 | ~float32 | ~float64
}

type Matrix[T Number] struct {
	rows, cols int
	data       []T
}

var ErrShape = errors.New("shape mismatch")

func New[T Number](r, c int, vals ...T) *Matrix[T] {
	m := &Matrix[T]{r, c, make([]T, r*c)}
	copy(m.data, vals)
	return m
}

func Identity[T Number](n int) *Matrix[T] {
	m := New[T](n, n)
	for i := range n {
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
	r := New[T](m.rows, o.cols)
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

func (m *Matrix[T]) Map(f func(T) T) *Matrix[T] {
	r := New[T](m.rows, m.cols)
	for i, v := range m.data {
		r.data[i] = f(v)
	}
	return r
}

func (m *Matrix[T]) String() string {
	var sb strings.Builder
	for i := range m.rows {
		sb.WriteString("[")
		for j := range m.cols {
			if j > 0 {
				sb.WriteString(" ")
			}
			fmt.Fprintf(&sb, "%v", m.At(i, j))
		}
		sb.WriteString("]")
	}
	return sb.String()
}

func Pow[T Number](m *Matrix[T], n int) *Matrix[T] {
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

func Convert[T, U Number](m *Matrix[T]) *Matrix[U] {
	r := New[U](m.rows, m.cols)
	for i, v := range m.data {
		r.data[i] = U(v)
	}
	return r
}

type Celsius float64

func main() {
	fib := New(2, 2, 1, 1, 1, 0)
	fmt.Println(Pow(fib, 10), Pow(fib, 50).At(0, 1))
	a := New(2, 3, 1.5, 2, 3, 4, 5, 6)
	b := New(3, 1, 1.0, 0, -1)
	p, err := a.Mul(b)
	fmt.Println(p, err)
	_, err = a.Mul(a)
	fmt.Println(err, errors.Is(err, ErrShape))
	sq := a.Map(func(v float64) float64 { return math.Sqrt(v) })
	fmt.Printf("%.3v\n", sq.data)
	ints := Convert[float64, int](a)
	fmt.Println(ints, Convert[int, float32](ints).Map(func(f float32) float32 { return f / 3 }))
	temps := New[Celsius](1, 3, 20.5, -3, 37)
	fmt.Println(temps.Map(func(c Celsius) Celsius { return c*9/5 + 32 }))
	i32 := New[int32](1, 2, math.MaxInt32, 1)
	fmt.Println(i32.Map(func(v int32) int32 { return v + 1 }))
	fmt.Println(Identity[float32](3), fmt.Sprintf("%T", temps))
}
