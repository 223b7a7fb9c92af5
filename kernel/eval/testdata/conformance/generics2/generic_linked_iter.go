package main

import (
	"fmt"
	"iter"
)

type Node[T any] struct {
	Val  T
	Next *Node[T]
}

func FromSlice[T any](xs []T) *Node[T] {
	var head *Node[T]
	for i := len(xs) - 1; i >= 0; i-- {
		head = &Node[T]{xs[i], head}
	}
	return head
}

func (n *Node[T]) All() iter.Seq[T] {
	return func(yield func(T) bool) {
		for c := n; c != nil; c = c.Next {
			if !yield(c.Val) {
				return
			}
		}
	}
}

func (n *Node[T]) Enumerate() iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		i := 0
		for v := range n.All() {
			if !yield(i, v) {
				return
			}
			i++
		}
	}
}

func main() {
	l := FromSlice([]string{"x", "y", "z"})
	for v := range l.All() {
		fmt.Print(v)
	}
	fmt.Println()
	for i, v := range l.Enumerate() {
		if i == 2 {
			break
		}
		fmt.Print(i, ":", v, " ")
	}
	fmt.Println()
	var empty *Node[int]
	n := 0
	for range empty.All() {
		n++
	}
	fmt.Println(n)
}
