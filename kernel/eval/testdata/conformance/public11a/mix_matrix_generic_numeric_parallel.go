package main

import (
	"fmt"
	"strings"
	"sync"
)

type Numeric interface {
	~int | ~int32 | ~float32 | ~float64
}

type Mat[T Numeric] [][]T

func Zeros[T Numeric](r, c int) Mat[T] {
	m := make(Mat[T], r)
	for i := range m {
		m[i] = make([]T, c)
	}
	return m
}

func (a Mat[T]) MulPar(b Mat[T]) Mat[T] {
	out := Zeros[T](len(a), len(b[0]))
	var wg sync.WaitGroup
	for i := range a {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range b[0] {
				var s T
				for k := range b {
					s += a[i][k] * b[k][j]
				}
				out[i][j] = s
			}
		}()
	}
	wg.Wait()
	return out
}

func (a Mat[T]) String() string {
	var sb strings.Builder
	for _, row := range a {
		for j, v := range row {
			if j > 0 {
				sb.WriteByte(' ')
			}
			fmt.Fprintf(&sb, "%v", v)
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func Identity[T Numeric](n int) Mat[T] {
	m := Zeros[T](n, n)
	for i := range n {
		m[i][i] = 1
	}
	return m
}

func Pow[T Numeric](m Mat[T], p int) Mat[T] {
	r := Identity[T](len(m))
	for ; p > 0; p >>= 1 {
		if p&1 == 1 {
			r = r.MulPar(m)
		}
		m = m.MulPar(m)
	}
	return r
}

func main() {
	fib := Mat[int]{{1, 1}, {1, 0}}
	fmt.Print(Pow(fib, 10))
	f := Mat[float64]{{0.5, 0.5}, {0.25, 0.75}}
	fmt.Print(Pow(f, 3))
	a := Mat[int32]{{1, 2, 3}}
	b := Mat[int32]{{4}, {5}, {6}}
	fmt.Print(a.MulPar(b), b.MulPar(a))
	fmt.Printf("%T %v\n", Identity[float32](2), Identity[float32](2))
}
