package main

import (
	"fmt"
	"slices"
	"strings"
)

type MySlice []string

func (s MySlice) String() string { return strings.Join(s, "+") }

func Clone1[E any](s []E) []E { return append([]E(nil), s...) }

func Clone2[S ~[]E, E any](s S) S { return append(s[:0:0], s...) }

func Scale[S ~[]E, E ~int | ~int32 | ~float64](s S, c E) S {
	r := make(S, len(s))
	for i, v := range s {
		r[i] = v * c
	}
	return r
}

type Point []int32

func (p Point) String() string { return fmt.Sprintf("Point%v", []int32(p)) }

func ScaleAndPrint(p Point) {
	r := Scale(p, 2)
	fmt.Println(r.String())
}

func main() {
	ms := MySlice{"a", "b"}
	c1 := Clone1(ms)
	c2 := Clone2(ms)
	fmt.Printf("%T %v\n", c1, c1)
	fmt.Printf("%T %v\n", c2, c2)
	fmt.Println(c2.String())
	ScaleAndPrint(Point{1, 2, 3})
	type Floats []float64
	fmt.Printf("%T %v\n", Scale(Floats{1.5, 2}, 2), Scale(Floats{1.5, 2}, 2))
	c3 := slices.Clone(ms)
	fmt.Printf("%T %v\n", c3, c3)
	var nilS MySlice
	fmt.Println(Clone2(nilS) == nil, slices.Clone(nilS) == nil, Clone1(nilS) == nil)
}
