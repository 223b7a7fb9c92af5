package main

import (
	"cmp"
	"fmt"
	"strings"
)

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

func (t *Tree[T]) Walk(f func(T)) {
	if t == nil {
		return
	}
	t.Left.Walk(f)
	f(t.Val)
	t.Right.Walk(f)
}

func (t *Tree[T]) Depth() int {
	if t == nil {
		return 0
	}
	return 1 + max(t.Left.Depth(), t.Right.Depth())
}

type Rose[T any] struct {
	Val      T
	Children []Rose[T]
}

func (r Rose[T]) Print(depth int) {
	fmt.Println(strings.Repeat("  ", depth) + fmt.Sprint(r.Val))
	for _, c := range r.Children {
		c.Print(depth + 1)
	}
}

func Count[T any](r Rose[T]) int {
	n := 1
	for _, c := range r.Children {
		n += Count(c)
	}
	return n
}

func main() {
	var t *Tree[string]
	for _, w := range strings.Fields("m d x a f z") {
		t = t.Insert(w)
	}
	t.Walk(func(s string) { fmt.Print(s, " ") })
	fmt.Println(t.Depth())
	r := Rose[int]{1, []Rose[int]{{2, nil}, {3, []Rose[int]{{4, nil}}}}}
	r.Print(0)
	fmt.Println(Count(r))
}
