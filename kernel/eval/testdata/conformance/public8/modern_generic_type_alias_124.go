package main

import (
	"fmt"
	"slices"
)

type Set[T comparable] = map[T]bool

type Vec[T any] = []T

type Pair[A, B any] struct {
	First  A
	Second B
}

type StrPair[B any] = Pair[string, B]

type Matrix = Vec[Vec[float64]]

func Keys[T comparable](s Set[T]) []T {
	var out []T
	for k := range s {
		out = append(out, k)
	}
	return out
}

func Sum(m Matrix) float64 {
	t := 0.0
	for _, row := range m {
		for _, v := range row {
			t += v
		}
	}
	return t
}

func main() {
	s := Set[string]{"go": true, "zig": true}
	s["odin"] = true
	ks := Keys(s)
	slices.Sort(ks)
	fmt.Println(ks)
	var v Vec[int] = []int{3, 1, 2}
	slices.Sort(v)
	fmt.Println(v, len(v))
	p := StrPair[int]{"n", 4}
	var q Pair[string, int] = p
	fmt.Printf("%v %T %T\n", q, p, q)
	m := Matrix{{1, 2}, {3.5}}
	fmt.Println(Sum(m))
	fmt.Printf("%T %T\n", s, m)
}
