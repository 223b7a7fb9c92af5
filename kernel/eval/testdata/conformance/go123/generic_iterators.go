package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
)

func Filter[T any](seq iter.Seq[T], keep func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for x := range seq {
			if keep(x) && !yield(x) {
				return
			}
		}
	}
}

func Map[T, U any](seq iter.Seq[T], f func(T) U) iter.Seq[U] {
	return func(yield func(U) bool) {
		for x := range seq {
			if !yield(f(x)) {
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
		for x := range seq {
			if !yield(x) {
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

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(xs ...T) { s.items = append(s.items, xs...) }

func (s *Stack[T]) All() iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		for i := len(s.items) - 1; i >= 0; i-- {
			if !yield(len(s.items)-1-i, s.items[i]) {
				return
			}
		}
	}
}

func main() {
	evens := Filter(Naturals(), func(n int) bool { return n%2 == 0 })
	fmt.Println(slices.Collect(Take(Map(evens, func(n int) string { return fmt.Sprint("e", n) }), 4)))
	var s Stack[string]
	s.Push("a", "b", "c")
	for i, v := range s.All() {
		fmt.Print(i, "=", v, " ")
	}
	fmt.Println()
	m := map[string]int{"x": 1, "y": 2}
	fmt.Println(slices.Sorted(maps.Keys(m)), slices.Collect(Take(slices.Values([]int{9, 8, 7}), 2)))
}
