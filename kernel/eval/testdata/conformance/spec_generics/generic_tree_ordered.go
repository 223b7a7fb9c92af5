package main

import (
	"cmp"
	"fmt"
)

type Tree[T cmp.Ordered] struct {
	root *tnode[T]
}

type tnode[T cmp.Ordered] struct {
	v    T
	l, r *tnode[T]
}

func (t *Tree[T]) Insert(v T) {
	p := &t.root
	for *p != nil {
		if v < (*p).v {
			p = &(*p).l
		} else {
			p = &(*p).r
		}
	}
	*p = &tnode[T]{v: v}
}

func (t *Tree[T]) All(yield func(T) bool) {
	var walk func(n *tnode[T]) bool
	walk = func(n *tnode[T]) bool {
		return n == nil || (walk(n.l) && yield(n.v) && walk(n.r))
	}
	walk(t.root)
}

func main() {
	var t Tree[string]
	for _, s := range []string{"m", "c", "x", "a"} {
		t.Insert(s)
	}
	for v := range t.All {
		fmt.Print(v, " ")
	}
	fmt.Println()
}
