package main

import (
	"cmp"
	"fmt"
	"iter"
)

type Tree[E cmp.Ordered] struct {
	root *node[E]
}

type node[E cmp.Ordered] struct {
	val         E
	left, right *node[E]
}

func (t *Tree[E]) Insert(v E) {
	p := &t.root
	for *p != nil {
		if v < (*p).val {
			p = &(*p).left
		} else {
			p = &(*p).right
		}
	}
	*p = &node[E]{val: v}
}

func (t *Tree[E]) All() iter.Seq[E] {
	return func(yield func(E) bool) {
		t.root.push(yield)
	}
}

func (n *node[E]) push(yield func(E) bool) bool {
	if n == nil {
		return true
	}
	return n.left.push(yield) && yield(n.val) && n.right.push(yield)
}

func (t *Tree[E]) Backward() iter.Seq[E] {
	return func(yield func(E) bool) {
		var walk func(*node[E]) bool
		walk = func(n *node[E]) bool {
			return n == nil || (walk(n.right) && yield(n.val) && walk(n.left))
		}
		walk(t.root)
	}
}

func main() {
	var t Tree[int]
	for _, v := range []int{50, 30, 70, 20, 40, 60, 80} {
		t.Insert(v)
	}
	for v := range t.All() {
		fmt.Print(v, " ")
	}
	fmt.Println()
	for v := range t.Backward() {
		if v < 40 {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	var ts Tree[string]
	for _, w := range []string{"go", "rust", "c", "zig"} {
		ts.Insert(w)
	}
	count := 0
	for w := range ts.All() {
		count++
		fmt.Print(w, ";")
	}
	fmt.Println(count)
}
