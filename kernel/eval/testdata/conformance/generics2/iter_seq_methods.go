package main

import (
	"fmt"
	"iter"
	"slices"
)

type List[T any] struct{ items []T }

func (l *List[T]) Push(xs ...T) { l.items = append(l.items, xs...) }

func (l *List[T]) All() iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		for i, x := range l.items {
			if !yield(i, x) {
				return
			}
		}
	}
}

func (l *List[T]) Values() iter.Seq[T] {
	return func(yield func(T) bool) {
		for _, x := range l.items {
			if !yield(x) {
				return
			}
		}
	}
}

func (l *List[T]) Backward() iter.Seq[T] {
	return func(yield func(T) bool) {
		for i := len(l.items) - 1; i >= 0; i-- {
			if !yield(l.items[i]) {
				return
			}
		}
	}
}

func main() {
	var l List[string]
	l.Push("a", "b", "c", "d")
	for i, v := range l.All() {
		if i == 3 {
			break
		}
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	for v := range l.Backward() {
		fmt.Print(v)
	}
	fmt.Println()
	fmt.Println(slices.Collect(l.Values()), slices.Sorted(l.Backward()))
}
