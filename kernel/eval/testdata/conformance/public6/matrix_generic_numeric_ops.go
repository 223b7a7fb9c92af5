package main

import (
	"errors"
	"fmt"
	"strings"
)

type Numeric interface {
	~int | ~int64 | ~float64 | ~complex128
}

type Mat[T Numeric] struct {
	r, c int
	d    []T
}

func NewMat[T Numeric](r, c int, vals ...T) Mat[T] {
	m := Mat[T]{r, c, make([]T, r*c)}
	copy(m.d, vals)
	return m
}

func (m Mat[T]) At(i, j int) T     { return m.d[i*m.c+j] }
func (m Mat[T]) Set(i, j int, v T) { m.d[i*m.c+j] = v }

var ErrDim = errors.New("dimension mismatch")

func (m Mat[T]) Mul(o Mat[T]) (Mat[T], error) {
	if m.c != o.r {
		return Mat[T]{}, fmt.Errorf("%dx%d * %dx%d: %w", m.r, m.c, o.r, o.c, ErrDim)
	}
	out := NewMat[T](m.r, o.c)
	for i := range m.r {
		for j := range o.c {
			var s T
			for k := range m.c {
				s += m.At(i, k) * o.At(k, j)
			}
			out.Set(i, j, s)
		}
	}
	return out, nil
}

func (m Mat[T]) Pow(n int) Mat[T] {
	res := Identity[T](m.r)
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

func Identity[T Numeric](n int) Mat[T] {
	m := NewMat[T](n, n)
	for i := range n {
		m.Set(i, i, 1)
	}
	return m
}

func Map[T, U Numeric](m Mat[T], f func(T) U) Mat[U] {
	out := NewMat[U](m.r, m.c)
	for i, v := range m.d {
		out.d[i] = f(v)
	}
	return out
}

func (m Mat[T]) String() string {
	var sb strings.Builder
	for i := range m.r {
		sb.WriteString("[")
		for j := range m.c {
			if j > 0 {
				sb.WriteString(" ")
			}
			fmt.Fprint(&sb, m.At(i, j))
		}
		sb.WriteString("]")
	}
	return sb.String()
}

func main() {
	fib := NewMat[int64](2, 2, 1, 1, 1, 0)
	for _, n := range []int{1, 10, 50, 90} {
		fmt.Printf("fib(%d) = %d\n", n, fib.Pow(n).At(0, 1))
	}
	a := NewMat(2, 3, 1.0, 2, 3, 4, 5, 6)
	b := NewMat(3, 2, 0.5, 1, 1.5, 2, 2.5, 3)
	p, err := a.Mul(b)
	fmt.Println(p, err)
	_, err = a.Mul(a)
	fmt.Println(err, errors.Is(err, ErrDim))
	rot := NewMat[complex128](1, 1, 1i)
	fmt.Println(rot.Pow(2), rot.Pow(4), rot.Pow(3))
	half := Map(NewMat(1, 3, 1, 2, 3), func(v int) float64 { return float64(v) / 2 })
	fmt.Println(half, Identity[int](3))
	type Score int
	sm := NewMat[Score](1, 2, 3, 4)
	fmt.Printf("%v %T\n", sm, sm.At(0, 0))
}
