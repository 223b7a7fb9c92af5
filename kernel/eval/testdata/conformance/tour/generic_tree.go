package main

import (
	"cmp"
	"fmt"
	"strings"
)

type Tree[T cmp.Ordered] struct {
	root *node[T]
	size int
}

type node[T cmp.Ordered] struct {
	val         T
	left, right *node[T]
}

func (t *Tree[T]) Insert(v T) bool {
	p := &t.root
	for *p != nil {
		switch c := cmp.Compare(v, (*p).val); {
		case c < 0:
			p = &(*p).left
		case c > 0:
			p = &(*p).right
		default:
			return false
		}
	}
	*p = &node[T]{val: v}
	t.size++
	return true
}

func (t *Tree[T]) Walk(f func(T)) {
	var walk func(n *node[T])
	walk = func(n *node[T]) {
		if n == nil {
			return
		}
		walk(n.left)
		f(n.val)
		walk(n.right)
	}
	walk(t.root)
}

func (t *Tree[T]) All() func(func(T) bool) {
	return func(yield func(T) bool) {
		var walk func(n *node[T]) bool
		walk = func(n *node[T]) bool {
			return n == nil || walk(n.left) && yield(n.val) && walk(n.right)
		}
		walk(t.root)
	}
}

func main() {
	var t Tree[int]
	for _, v := range []int{5, 3, 8, 1, 4, 8, 9} {
		t.Insert(v)
	}
	var out []string
	t.Walk(func(v int) { out = append(out, fmt.Sprint(v)) })
	fmt.Println(strings.Join(out, ","), t.size)
	var ts Tree[string]
	for _, w := range strings.Fields("the quick brown fox jumps over the lazy dog") {
		ts.Insert(w)
	}
	for w := range ts.All() {
		if w > "m" {
			break
		}
		fmt.Print(w, " ")
	}
	fmt.Println()
}
