package main

import (
	"fmt"
	"iter"
	"slices"
	"strings"
)

func Filter[T any](seq iter.Seq[T], keep func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range seq {
			if keep(v) && !yield(v) {
				return
			}
		}
	}
}

func Map[T, U any](seq iter.Seq[T], f func(T) U) iter.Seq[U] {
	return func(yield func(U) bool) {
		for v := range seq {
			if !yield(f(v)) {
				return
			}
		}
	}
}

func Take[T any](seq iter.Seq[T], n int) iter.Seq[T] {
	return func(yield func(T) bool) {
		if n <= 0 {
			return
		}
		i := 0
		for v := range seq {
			if !yield(v) {
				return
			}
			i++
			if i == n {
				return
			}
		}
	}
}

func Naturals() iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 1; ; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func main() {
	odds := Filter(Naturals(), func(n int) bool { return n%2 == 1 })
	squares := Map(odds, func(n int) int { return n * n })
	fmt.Println(slices.Collect(Take(squares, 6)))

	words := strings.Fields("the quick brown fox jumps over the lazy dog")
	long := Filter(slices.Values(words), func(w string) bool { return len(w) > 3 })
	upper := Map(long, strings.ToUpper)
	for i, w := range slices.Collect(upper) {
		fmt.Printf("%d:%s ", i, w)
	}
	fmt.Println()
	fmt.Println(len(slices.Collect(Take(Naturals(), 0))))
	lens := Map(slices.Values(words), func(s string) int { return len(s) })
	fmt.Println(slices.Sorted(lens))
}
