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

func Filter[T any](s iter.Seq[T], keep func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range s {
			if keep(v) && !yield(v) {
				return
			}
		}
	}
}

func Map[T, U any](s iter.Seq[T], f func(T) U) iter.Seq[U] {
	return func(yield func(U) bool) {
		for v := range s {
			if !yield(f(v)) {
				return
			}
		}
	}
}

func Take[T any](s iter.Seq[T], n int) iter.Seq[T] {
	return func(yield func(T) bool) {
		if n <= 0 {
			return
		}
		i := 0
		for v := range s {
			if !yield(v) {
				return
			}
			if i++; i == n {
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

func SwapKV[K, V any](s iter.Seq2[K, V]) iter.Seq2[V, K] {
	return func(yield func(V, K) bool) {
		for k, v := range s {
			if !yield(v, k) {
				return
			}
		}
	}
}

func main() {
	words := strings.Fields("go is a fun language to write small tools in")
	for i, w := range Enumerate(Filter(slices.Values(words), func(s string) bool { return len(s) > 2 })) {
		fmt.Println(i, w)
	}
	squares := Map(Filter(Naturals(), func(n int) bool { return n%3 == 0 }), func(n int) int { return n * n })
	fmt.Println(slices.Collect(Take(squares, 5)))
	fmt.Println(slices.Collect(Take(Naturals(), 0)), slices.Collect(Take(Naturals(), 1)))
	for i, v := range Enumerate(Take(Naturals(), 100)) {
		if v > 3 {
			break
		}
		fmt.Print(i, ":", v, " ")
	}
	fmt.Println()
	idx := maps.Collect(SwapKV(slices.All([]string{"zero", "one", "two"})))
	fmt.Println(idx)
	lengths := Map(slices.Values(words), func(s string) string { return fmt.Sprintf("%s=%d", s, len(s)) })
	fmt.Println(strings.Join(slices.Collect(lengths), ","))
	total := 0
	for n := range Naturals() {
		if n%2 == 0 {
			continue
		}
		if n > 15 {
			break
		}
		total += n
	}
	fmt.Println(total)
}
