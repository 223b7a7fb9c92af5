package main

import (
	"errors"
	"fmt"
	"strings"
)

type Number interface {
	~int | ~int64 | ~float64
}

type Matrix[T Number] [][]T

var ErrShape = errors.New("shape mismatch")

func New[T Number](r, c int) Matrix[T] {
	m := make(Matrix[T], r)
	for i := range m {
		m[i] = make([]T, c)
	}
	return m
}

func Identity[T Number](n int) Matrix[T] {
	m := New[T](n, n)
	for i := range n {
		m[i][i] = 1
	}
	return m
}

func (m Matrix[T]) Dims() (int, int) {
	if len(m) == 0 {
		return 0, 0
	}
	return len(m), len(m[0])
}

func (m Matrix[T]) Mul(o Matrix[T]) (Matrix[T], error) {
	r1, c1 := m.Dims()
	r2, c2 := o.Dims()
	if c1 != r2 {
		return nil, fmt.Errorf("mul %dx%d by %dx%d: %w", r1, c1, r2, c2, ErrShape)
	}
	out := New[T](r1, c2)
	for i := range r1 {
		for j := range c2 {
			var s T
			for k := range c1 {
				s += m[i][k] * o[k][j]
			}
			out[i][j] = s
		}
	}
	return out, nil
}

func (m Matrix[T]) Transpose() Matrix[T] {
	r, c := m.Dims()
	t := New[T](c, r)
	for i := range r {
		for j := range c {
			t[j][i] = m[i][j]
		}
	}
	return t
}

func (m Matrix[T]) Pow(n int) Matrix[T] {
	r, _ := m.Dims()
	res := Identity[T](r)
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

func (m Matrix[T]) String() string {
	var sb strings.Builder
	for _, row := range m {
		sb.WriteString(fmt.Sprintln(row))
	}
	return strings.TrimSuffix(sb.String(), "\n")
}

type Score int

func main() {
	a := Matrix[int]{{1, 2, 3}, {4, 5, 6}}
	b := a.Transpose()
	p, err := a.Mul(b)
	fmt.Println(p, err)
	_, err = a.Mul(a)
	fmt.Println(err, errors.Is(err, ErrShape))
	fib := Matrix[int64]{{1, 1}, {1, 0}}
	fmt.Println(fib.Pow(50)[0][1])
	rot := Matrix[float64]{{0, -1}, {1, 0}}
	fmt.Println(rot.Pow(4))
	s := Matrix[Score]{{1, 2}, {3, 4}}
	s2, _ := s.Mul(Identity[Score](2))
	fmt.Printf("%v %T\n", s2[1], s2[1][1])
	var empty Matrix[int]
	r, c := empty.Dims()
	fmt.Println(r, c, len(empty.Transpose()))
}
