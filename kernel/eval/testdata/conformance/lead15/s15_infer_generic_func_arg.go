package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

func Map[S ~[]E, E, R any](s S, f func(E) R) []R {
	out := make([]R, 0, len(s))
	for _, v := range s {
		out = append(out, f(v))
	}
	return out
}

func Identity[T any](v T) T { return v }

func Apply[T any](v T, fs ...func(T) T) T {
	for _, f := range fs {
		v = f(v)
	}
	return v
}

func Double[T ~int | ~float64](v T) T { return v * 2 }

type Celsius float64

func main() {
	xs := []int{5, 2, 9, 1}
	slices.SortFunc(xs, cmp.Compare) // 1.21: type args of a generic function argument inferred
	fmt.Println(xs)
	ss := []string{"b", "A", "c"}
	slices.SortFunc(ss, strings.Compare)
	fmt.Println(ss)
	fmt.Println(Map(xs, Identity))
	fmt.Println(Apply(3, Double, Double))
	fmt.Println(Apply(Celsius(1.5), Double))
	var f func(int) int = Identity // inferred from the assignment
	fmt.Println(f(7))
	g := Map[[]int, int, string]
	fmt.Println(g(xs, func(i int) string { return strings.Repeat("*", i) }))
}
