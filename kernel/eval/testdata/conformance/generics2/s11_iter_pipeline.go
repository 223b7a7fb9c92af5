// iter.Seq-returning generic adapters chained as a pipeline (Filter, Map,
// Take, Enumerate, Zip), collected with slices.Collect and maps.Collect,
// with early termination.
package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

func Filter[T any](seq iter.Seq[T], pred func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range seq {
			if pred(v) && !yield(v) {
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
		for i := 0; ; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func Enumerate[T any](seq iter.Seq[T]) iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		i := 0
		for v := range seq {
			if !yield(i, v) {
				return
			}
			i++
		}
	}
}

func Zip[A, B any](as iter.Seq[A], bs iter.Seq[B]) iter.Seq2[A, B] {
	return func(yield func(A, B) bool) {
		next, stop := iter.Pull(bs)
		defer stop()
		for a := range as {
			b, ok := next()
			if !ok || !yield(a, b) {
				return
			}
		}
	}
}

func main() {
	squares := Map(Filter(Naturals(), func(i int) bool { return i%3 == 0 }), func(i int) int { return i * i })
	fmt.Println(slices.Collect(Take(squares, 5)))
	words := slices.Values(strings.Fields("alpha beta gamma delta"))
	upper := Map(words, strings.ToUpper)
	for i, w := range Enumerate(upper) {
		fmt.Print(i, w, " ")
		if i == 2 {
			break
		}
	}
	fmt.Println()
	m := maps.Collect(Zip(words, Naturals()))
	fmt.Println(len(m), m["gamma"])
	lens := slices.Collect(Map(words, func(s string) int { return len(s) }))
	fmt.Println(lens, slices.Max(lens))
	fmt.Println(slices.Collect(Take(Naturals(), 0)) == nil)
}
