package main

import "fmt"

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func Apply[T any](x T, fs ...func(T) T) T {
	for _, f := range fs {
		x = f(x)
	}
	return x
}

func Identity[T any](x T) T { return x }

func main() {
	total := Reduce([]int{1, 2, 3}, 0.5, func(a float64, x int) float64 { return a + float64(x) })
	fmt.Println(total)
	joined := Reduce([]string{"a", "b"}, "", func(a, s string) string { return a + s })
	fmt.Println(joined)
	fmt.Println(Apply(3, func(x int) int { return x + 1 }, func(x int) int { return x * 10 }))
	var f func(string) string = Identity[string]
	fmt.Println(f("id"))
	g := Identity[float64]
	fmt.Println(g(2))
}
