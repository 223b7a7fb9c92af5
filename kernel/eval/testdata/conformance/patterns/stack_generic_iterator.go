package main

import (
	"fmt"
	"iter"
	"slices"
)

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

func Countdown(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := n; i > 0; i-- {
			if !yield(i) {
				return
			}
		}
	}
}

func main() {
	var s Stack[string]
	s.Push("a", "b", "c")
	for i, v := range s.All() {
		fmt.Print(i, "=", v, " ")
	}
	fmt.Println()
	for v := range Countdown(5) {
		if v == 2 {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	fmt.Println(slices.Collect(Countdown(3)))
	sorted := slices.Sorted(slices.Values([]int{3, 1, 2}))
	fmt.Println(sorted, slices.Index(sorted, 2), slices.Contains(sorted, 9))
}
