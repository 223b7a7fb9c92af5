package main

import (
	"cmp"
	"fmt"
	"strings"
)

type Tree[K cmp.Ordered, V any] struct {
	root *tnode[K, V]
	n    int
}

type tnode[K cmp.Ordered, V any] struct {
	k           K
	v           V
	left, right *tnode[K, V]
}

func (t *Tree[K, V]) Put(k K, v V) {
	p := &t.root
	for *p != nil {
		switch c := cmp.Compare(k, (*p).k); {
		case c < 0:
			p = &(*p).left
		case c > 0:
			p = &(*p).right
		default:
			(*p).v = v
			return
		}
	}
	*p = &tnode[K, V]{k: k, v: v}
	t.n++
}

func (t *Tree[K, V]) All() func(func(K, V) bool) {
	return func(yield func(K, V) bool) {
		var walk func(n *tnode[K, V]) bool
		walk = func(n *tnode[K, V]) bool {
			return n == nil || (walk(n.left) && yield(n.k, n.v) && walk(n.right))
		}
		walk(t.root)
	}
}

func main() {
	var t Tree[string, int]
	for i, w := range strings.Fields("the quick brown fox jumps over the lazy dog") {
		t.Put(w, i)
	}
	for k, v := range t.All() {
		fmt.Print(k, "=", v, " ")
	}
	fmt.Println(t.n)
	for k := range t.All() {
		if k > "f" {
			fmt.Println("first after f:", k)
			break
		}
	}
}
