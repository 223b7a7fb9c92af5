package main

import (
	"fmt"
	"strconv"
)

type Number interface {
	~int | ~int32 | ~int64 | ~float32 | ~float64
}

type Meters float64

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

type Stringish interface {
	~string
	Len() int
}

type Name string

func (n Name) Len() int { return len(n) }

func Longest[S Stringish](xs []S) S {
	var best S
	for _, x := range xs {
		if x.Len() > best.Len() {
			best = x
		}
	}
	return best
}

type Numeric[T Number] struct{ vals []T }

func (n *Numeric[T]) Add(v T) *Numeric[T] { n.vals = append(n.vals, v); return n }
func (n Numeric[T]) Mean() float64 {
	if len(n.vals) == 0 {
		return 0
	}
	return float64(Sum(n.vals...)) / float64(len(n.vals))
}

func Keys[M ~map[K]V, K comparable, V any](m M) int { return len(m) }

func main() {
	fmt.Println(Sum(1, 2, 3), Sum(1.5, 2.25), Sum[Meters](1, 2.5))
	fmt.Printf("%T\n", Sum[Meters](1))
	strs := Map([]int{1, 2, 3}, strconv.Itoa)
	fmt.Printf("%q\n", strs)
	fmt.Println(Reduce([]string{"a", "b", "c"}, 0, func(n int, s string) int { return n + len(s) }))
	fmt.Println(Longest([]Name{"al", "beatrice", "cy"}))
	var n Numeric[int32]
	n.Add(1).Add(2).Add(4)
	fmt.Printf("%.4f %v\n", n.Mean(), n)
	type set map[string]bool
	fmt.Println(Keys(set{"a": true}))
	fmt.Println(Map([]float64{1.5, 2.5}, func(f float64) Meters { return Meters(f * 2) }))
}
