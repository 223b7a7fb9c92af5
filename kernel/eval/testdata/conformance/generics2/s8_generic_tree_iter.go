package main

import (
	"cmp"
	"fmt"
	"iter"
)

// A recursive generic type with methods returning iterators of its type
// parameter and of another instance.

type Tree[T cmp.Ordered] struct {
	Left, Right *Tree[T]
	Val         T
}

func (t *Tree[T]) Insert(v T) *Tree[T] {
	if t == nil {
		return &Tree[T]{Val: v}
	}
	if v < t.Val {
		t.Left = t.Left.Insert(v)
	} else {
		t.Right = t.Right.Insert(v)
	}
	return t
}

func (t *Tree[T]) All() iter.Seq[T] {
	return func(yield func(T) bool) {
		t.walk(yield)
	}
}

func (t *Tree[T]) walk(yield func(T) bool) bool {
	if t == nil {
		return true
	}
	return t.Left.walk(yield) && yield(t.Val) && t.Right.walk(yield)
}

type Entry[K cmp.Ordered, V any] struct {
	Key K
	Val V
}

func (t *Tree[T]) Indexed() iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		i := 0
		for v := range t.All() {
			if !yield(i, v) {
				return
			}
			i++
		}
	}
}

func Collect[K cmp.Ordered, V any](seq iter.Seq2[K, V]) []Entry[K, V] {
	var out []Entry[K, V]
	for k, v := range seq {
		out = append(out, Entry[K, V]{k, v})
	}
	return out
}

func main() {
	var t *Tree[int]
	for _, v := range []int{5, 2, 8, 1, 9, 3} {
		t = t.Insert(v)
	}
	for v := range t.All() {
		fmt.Print(v, " ")
		if v >= 5 {
			break
		}
	}
	fmt.Println()
	var ws *Tree[string]
	for _, w := range []string{"go", "c", "rust"} {
		ws = ws.Insert(w)
	}
	fmt.Println(Collect(ws.Indexed()))
	fmt.Printf("%T\n", Collect(t.Indexed())[0])
}
