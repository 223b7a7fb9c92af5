package main

import (
	"fmt"
	"strings"
)

type Number interface {
	~int | ~int64 | ~float64
}

type MyInt int

func SumIntsOrFloats[K comparable, V Number](m map[K]V) V {
	var s V
	for _, v := range m {
		s += v
	}
	return s
}

func Map[T, U any](s []T, f func(T) U) []U {
	r := make([]U, 0, len(s))
	for _, v := range s {
		r = append(r, f(v))
	}
	return r
}

func Filter[T any](s []T, keep func(T) bool) []T {
	var r []T
	for _, v := range s {
		if keep(v) {
			r = append(r, v)
		}
	}
	return r
}

func Reduce[T, A any](s []T, init A, f func(A, T) A) A {
	acc := init
	for _, v := range s {
		acc = f(acc, v)
	}
	return acc
}

type Stringish interface {
	~string
	Len() int
}

type Name string

func (n Name) Len() int { return len(n) }

func Longest[S Stringish](xs ...S) S {
	var best S
	for _, x := range xs {
		if x.Len() > best.Len() {
			best = x
		}
	}
	return best
}

func main() {
	ints := map[string]int64{"first": 34, "second": 12}
	floats := map[string]float64{"first": 35.98, "second": 26.99}
	fmt.Printf("Generic Sums: %v and %v\n", SumIntsOrFloats[string, int64](ints), SumIntsOrFloats(floats))
	fmt.Println(SumIntsOrFloats(map[int]MyInt{1: 2, 3: 4}))
	words := []string{"go", "is", "fun", "and", "fast"}
	lens := Map(words, func(s string) int { return len(s) })
	fmt.Println(lens)
	fmt.Println(Filter(words, func(s string) bool { return len(s) > 2 }))
	fmt.Println(Reduce(words, "", func(a string, s string) string { return a + strings.ToUpper(s[:1]) }))
	fmt.Println(Reduce(lens, 0, func(a, b int) int { return a + b }))
	fmt.Println(Longest[Name]("ann", "bobby", "cy"))
	upper := Map[string, string]
	fmt.Println(upper([]string{"a"}, strings.ToUpper))
}
