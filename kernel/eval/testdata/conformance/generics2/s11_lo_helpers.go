// lo-style slice helpers: Map, Filter, Reduce, GroupBy, Uniq, Chunk,
// Partition, Zip, with index callbacks and named slice types.
package main

import (
	"fmt"
	"strings"
)

func Map[T, R any](xs []T, f func(T, int) R) []R {
	out := make([]R, len(xs))
	for i, x := range xs {
		out[i] = f(x, i)
	}
	return out
}

func Filter[S ~[]T, T any](xs S, keep func(T, int) bool) S {
	out := make(S, 0, len(xs))
	for i, x := range xs {
		if keep(x, i) {
			out = append(out, x)
		}
	}
	return out
}

func Reduce[T, R any](xs []T, f func(R, T, int) R, init R) R {
	acc := init
	for i, x := range xs {
		acc = f(acc, x, i)
	}
	return acc
}

func GroupBy[T any, K comparable](xs []T, key func(T) K) map[K][]T {
	out := map[K][]T{}
	for _, x := range xs {
		k := key(x)
		out[k] = append(out[k], x)
	}
	return out
}

func Uniq[T comparable](xs []T) []T {
	seen := make(map[T]struct{}, len(xs))
	var out []T
	for _, x := range xs {
		if _, ok := seen[x]; ok {
			continue
		}
		seen[x] = struct{}{}
		out = append(out, x)
	}
	return out
}

func Chunk[T any](xs []T, size int) [][]T {
	var out [][]T
	for size < len(xs) {
		xs, out = xs[size:], append(out, xs[:size:size])
	}
	return append(out, xs)
}

func Partition[T any](xs []T, pred func(T) bool) (yes, no []T) {
	for _, x := range xs {
		if pred(x) {
			yes = append(yes, x)
		} else {
			no = append(no, x)
		}
	}
	return
}

type Tuple2[A, B any] struct {
	A A
	B B
}

func Zip2[A, B any](as []A, bs []B) []Tuple2[A, B] {
	n := min(len(as), len(bs))
	out := make([]Tuple2[A, B], n)
	for i := range n {
		out[i] = Tuple2[A, B]{as[i], bs[i]}
	}
	return out
}

type Names []string

func main() {
	words := Names{"go", "rust", "zig", "go", "c", "rust"}
	fmt.Println(Map(words, func(s string, i int) string { return fmt.Sprint(i, strings.ToUpper(s)) }))
	short := Filter(words, func(s string, _ int) bool { return len(s) <= 2 })
	fmt.Printf("%T %v\n", short, short)
	fmt.Println(Reduce(words, func(acc int, s string, _ int) int { return acc + len(s) }, 0))
	g := GroupBy(words, func(s string) int { return len(s) })
	fmt.Println(len(g), g[2], g[4])
	fmt.Println(Uniq(words), Uniq([]int{3, 1, 3, 2, 1}))
	fmt.Println(Chunk([]int{1, 2, 3, 4, 5}, 2), len(Chunk([]int{}, 3)))
	even, odd := Partition([]int{1, 2, 3, 4, 5, 6}, func(i int) bool { return i%2 == 0 })
	fmt.Println(even, odd)
	fmt.Printf("%+v\n", Zip2([]string{"a", "b", "c"}, []float64{1.5, 2.5}))
}
