package main

import (
	"fmt"
	"iter"
)

type Tree[T any] struct {
	Left, Right *Tree[T]
	Val         T
}

func (t *Tree[T]) Insert(v T, less func(a, b T) bool) *Tree[T] {
	if t == nil {
		return &Tree[T]{Val: v}
	}
	if less(v, t.Val) {
		t.Left = t.Left.Insert(v, less)
	} else {
		t.Right = t.Right.Insert(v, less)
	}
	return t
}

func (t *Tree[T]) InOrder() iter.Seq[T] {
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

type Name string

func main() {
	var root *Tree[Name]
	for _, n := range []Name{"mia", "bo", "zed", "al", "cy", "ned"} {
		root = root.Insert(n, func(a, b Name) bool { return a < b })
	}
	for n := range root.InOrder() {
		fmt.Print(n, " ")
	}
	fmt.Println()
	for i, n := range Enumerate(root.InOrder()) {
		if i == 3 {
			break
		}
		fmt.Print(i, "=", n, " ")
	}
	fmt.Println()
	next, stop := iter.Pull(root.InOrder())
	defer stop()
	a, _ := next()
	b, _ := next()
	fmt.Println(a, b)
	var nums *Tree[float64]
	for _, f := range []float64{3.5, -1, 2} {
		nums = nums.Insert(f, func(a, b float64) bool { return a < b })
	}
	sum := 0.0
	for f := range nums.InOrder() {
		sum += f
	}
	fmt.Println(sum)
}
