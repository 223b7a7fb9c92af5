package main

import (
	"cmp"
	"fmt"
)

func Bounds[T cmp.Ordered](xs ...T) (lo, hi T) {
	lo, hi = xs[0], xs[0]
	for _, x := range xs[1:] {
		lo = min(lo, x)
		hi = max(hi, x)
	}
	return
}

func ClampTo[T ~int | ~float64](x, lo, hi T) T { return min(max(x, lo), hi) }

func Reset[M ~map[K]V, K comparable, V any](m M) int {
	clear(m)
	return len(m)
}

type Grade int

func main() {
	fmt.Println(Bounds(3, 9, -2, 4))
	fmt.Println(Bounds("kiwi", "apple", "zucchini"))
	fmt.Println(Bounds(Grade(2), Grade(1)))
	fmt.Println(ClampTo(12, 0, 10), ClampTo(-0.5, 0, 1))
	m := map[string]int{"a": 1}
	fmt.Println(Reset(m), len(m))
	s := []float64{1, 2}
	clear(s)
	fmt.Println(s, cmp.Compare(Grade(1), Grade(3)))
}
