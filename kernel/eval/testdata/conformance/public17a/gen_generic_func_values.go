package main

import (
	"fmt"
	"strings"
)

func Filter[T any](xs []T, pred func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if pred(x) {
			out = append(out, x)
		}
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

func Compose[A, B, C any](f func(A) B, g func(B) C) func(A) C {
	return func(a A) C { return g(f(a)) }
}

func main() {
	evens := Filter([]int{1, 2, 3, 4, 5, 6}, func(i int) bool { return i%2 == 0 })
	fmt.Println(evens)
	joined := Reduce([]string{"a", "b", "c"}, "", func(acc string, s string) string { return acc + s })
	fmt.Println(joined)
	f := Filter[string]
	fmt.Println(f([]string{"x", "", "y"}, func(s string) bool { return s != "" }))
	up := Compose(strings.TrimSpace, strings.ToUpper)
	lenUp := Compose(up, func(s string) int { return len(s) })
	fmt.Println(up("  hi  "), lenUp(" abc "))
	fns := []func([]int, int, func(int, int) int) int{Reduce[int, int]}
	fmt.Println(fns[0]([]int{1, 2, 3}, 10, func(a, b int) int { return a * b }))
}
