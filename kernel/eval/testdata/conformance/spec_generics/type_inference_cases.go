package main

import "fmt"

type List[T any] []T

func First[T any](xs []T) T { return xs[0] }

func Pair[K comparable, V any](k K, v V) map[K]V { return map[K]V{k: v} }

func Apply[T any, R any](x T, f func(T) R) R { return f(x) }

func Keys[M ~map[K]V, K comparable, V any](m M) int { return len(m) }

func Ptr[T any](v T) *T { return &v }

func Convert[To, From ~int | ~float64](f From) To { return To(f) }

func main() {
	fmt.Println(First([]string{"x", "y"}))
	fmt.Println(First(List[int]{4, 5}))
	fmt.Println(Pair("a", 1.5))
	fmt.Println(Apply(3, func(i int) string { return fmt.Sprint(i, "!") }))
	fmt.Println(Keys(map[string]bool{"a": true}))
	p := Ptr(42)
	fmt.Printf("%T %v\n", p, *p)
	fmt.Println(Convert[int](3.7), Convert[float64, int](2))
	var f func([]float64) float64 = First[float64]
	fmt.Println(f([]float64{2.5}))
}
