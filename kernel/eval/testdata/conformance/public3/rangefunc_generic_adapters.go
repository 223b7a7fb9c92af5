package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

func MapKV[K comparable, V, R any](seq iter.Seq2[K, V], f func(K, V) R) iter.Seq[R] {
	return func(yield func(R) bool) {
		for k, v := range seq {
			if !yield(f(k, v)) {
				return
			}
		}
	}
}

func Chain[T any](seqs ...iter.Seq[T]) iter.Seq[T] {
	return func(yield func(T) bool) {
		for _, s := range seqs {
			for v := range s {
				if !yield(v) {
					return
				}
			}
		}
	}
}

func Window[T any](xs []T, n int) iter.Seq[[]T] {
	return func(yield func([]T) bool) {
		for i := 0; i+n <= len(xs); i++ {
			if !yield(xs[i : i+n]) {
				return
			}
		}
	}
}

type Set[T comparable] struct{ m map[T]struct{} }

func NewSet[T comparable](xs ...T) *Set[T] {
	s := &Set[T]{m: map[T]struct{}{}}
	for _, x := range xs {
		s.m[x] = struct{}{}
	}
	return s
}

func (s *Set[T]) All() iter.Seq[T] {
	return func(yield func(T) bool) {
		for k := range s.m {
			if !yield(k) {
				return
			}
		}
	}
}

func Fib() iter.Seq[int] {
	return func(yield func(int) bool) {
		a, b := 0, 1
		for {
			if !yield(a) {
				return
			}
			a, b = b, a+b
		}
	}
}

func main() {
	m := map[string]int{"a": 1, "b": 2, "c": 3}
	strs := slices.Sorted(MapKV(maps.All(m), func(k string, v int) string { return fmt.Sprintf("%s=%d", k, v) }))
	fmt.Println(strings.Join(strs, "&"))
	fmt.Println(slices.Collect(Chain(slices.Values([]int{1, 2}), slices.Values([]int{3}), slices.Values([]int(nil)))))
	for w := range Window([]int{1, 2, 3, 4, 5}, 3) {
		fmt.Print(w, " ")
	}
	fmt.Println()
	s := NewSet("x", "y", "x", "z")
	fmt.Println(slices.Sorted(s.All()))
	var fibs []int
	for f := range Fib() {
		if f > 100 {
			break
		}
		fibs = append(fibs, f)
	}
	fmt.Println(fibs)
	idx := slices.IndexFunc(slices.Collect(Fib_take(20)), func(n int) bool { return n > 1000 })
	fmt.Println(idx)
}

func Fib_take(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		i := 0
		for v := range Fib() {
			if i == n || !yield(v) {
				return
			}
			i++
		}
	}
}
