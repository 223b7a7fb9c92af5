package main

import (
	"cmp"
	"fmt"
	"iter"
	"slices"
	"strings"
)

type Tree[K cmp.Ordered, V any] struct {
	root *node[K, V]
	n    int
}

type node[K cmp.Ordered, V any] struct {
	k           K
	v           V
	left, right *node[K, V]
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
	*p = &node[K, V]{k: k, v: v}
	t.n++
}

func (t *Tree[K, V]) All() iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		var walk func(*node[K, V]) bool
		walk = func(n *node[K, V]) bool {
			return n == nil || (walk(n.left) && yield(n.k, n.v) && walk(n.right))
		}
		walk(t.root)
	}
}

func (t *Tree[K, V]) Keys() iter.Seq[K] {
	return func(yield func(K) bool) {
		for k := range t.All() {
			if !yield(k) {
				return
			}
		}
	}
}

func (t Tree[K, V]) String() string {
	var b strings.Builder
	b.WriteString("{")
	first := true
	for k, v := range t.All() {
		if !first {
			b.WriteString(" ")
		}
		first = false
		fmt.Fprintf(&b, "%v:%v", k, v)
	}
	return b.String() + "}"
}

func main() {
	var t Tree[string, int]
	for i, w := range strings.Fields("m c x a e z b") {
		t.Put(w, i)
	}
	t.Put("a", 100)
	fmt.Println(t.n, t)
	fmt.Println(slices.Collect(t.Keys()))
	for k, v := range t.All() {
		if k > "c" {
			break
		}
		fmt.Print(k, "=", v, " ")
	}
	fmt.Println()
	next, stop := iter.Pull2(t.All())
	defer stop()
	for range 3 {
		k, v, ok := next()
		fmt.Println(k, v, ok)
	}
	var ft Tree[float64, []string]
	ft.Put(2.5, []string{"x"})
	ft.Put(-1, nil)
	fmt.Printf("%v %s\n", ft, &ft)
}
