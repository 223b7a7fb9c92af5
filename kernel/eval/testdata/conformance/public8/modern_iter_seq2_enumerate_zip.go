package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

func Enumerate[T any](s iter.Seq[T]) iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		i := 0
		for v := range s {
			if !yield(i, v) {
				return
			}
			i++
		}
	}
}

func Keys[K, V any](s iter.Seq2[K, V]) iter.Seq[K] {
	return func(yield func(K) bool) {
		for k := range s {
			if !yield(k) {
				return
			}
		}
	}
}

func Swap[K, V any](s iter.Seq2[K, V]) iter.Seq2[V, K] {
	return func(yield func(V, K) bool) {
		for k, v := range s {
			if !yield(v, k) {
				return
			}
		}
	}
}

func Reduce[T, A any](s iter.Seq[T], init A, f func(A, T) A) A {
	acc := init
	for v := range s {
		acc = f(acc, v)
	}
	return acc
}

func Window[T any](xs []T, n int) iter.Seq[[]T] {
	return func(yield func([]T) bool) {
		for i := 0; i+n <= len(xs); i++ {
			if !yield(xs[i : i+n : i+n]) {
				return
			}
		}
	}
}

func main() {
	words := strings.Fields("alpha beta gamma delta")
	for i, w := range Enumerate(slices.Values(words)) {
		fmt.Print(i, w, " ")
	}
	fmt.Println()
	idx := maps.Collect(Swap(slices.All(words)))
	fmt.Println(idx["gamma"], len(idx))
	fmt.Println(slices.Collect(Keys(slices.All(words))))
	total := Reduce(slices.Values(words), 0, func(a int, w string) int { return a + len(w) })
	joined := Reduce(slices.Values(words), "", func(a string, w string) string { return a + w[:1] })
	fmt.Println(total, joined)
	for w := range Window([]int{1, 2, 3, 4, 5}, 3) {
		w = append(w, 0)
		fmt.Print(w, " ")
	}
	fmt.Println()
	sums := slices.Collect(func(yield func(int) bool) {
		for w := range Window([]int{4, 8, 15, 16, 23, 42}, 2) {
			if !yield(w[0] + w[1]) {
				return
			}
		}
	})
	fmt.Println(sums)
}
