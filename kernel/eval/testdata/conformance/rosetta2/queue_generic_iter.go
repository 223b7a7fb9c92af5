package main

import (
	"fmt"
	"iter"
)

type Queue[T any] struct {
	items []T
}

func (q *Queue[T]) Enqueue(v ...T) { q.items = append(q.items, v...) }

func (q *Queue[T]) Dequeue() (T, bool) {
	var zero T
	if len(q.items) == 0 {
		return zero, false
	}
	v := q.items[0]
	q.items = q.items[1:]
	return v, true
}

func (q *Queue[T]) Drain() iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		for i := 0; ; i++ {
			v, ok := q.Dequeue()
			if !ok || !yield(i, v) {
				return
			}
		}
	}
}

func Map[T, U any](seq iter.Seq2[int, T], f func(T) U) iter.Seq[U] {
	return func(yield func(U) bool) {
		for _, v := range seq {
			if !yield(f(v)) {
				return
			}
		}
	}
}

func main() {
	var q Queue[string]
	q.Enqueue("a", "bb", "ccc", "dddd")
	for i, v := range q.Drain() {
		fmt.Println(i, v)
		if i == 1 {
			break
		}
	}
	fmt.Println(q.items)
	q.Enqueue("eeeee")
	for n := range Map(q.Drain(), func(s string) int { return len(s) }) {
		fmt.Print(n, " ")
	}
	fmt.Println()
	_, ok := q.Dequeue()
	fmt.Println(ok)
}
