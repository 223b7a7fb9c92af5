package main

import (
	"cmp"
	"fmt"
	"iter"
)

type Tree[K cmp.Ordered, V any] struct {
	root *tnode[K, V]
	size int
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
	t.size++
}

func (t *Tree[K, V]) Get(k K) (V, bool) {
	n := t.root
	for n != nil {
		if k < n.k {
			n = n.left
		} else if k > n.k {
			n = n.right
		} else {
			return n.v, true
		}
	}
	var zero V
	return zero, false
}

func (t *Tree[K, V]) All() iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		var walk func(n *tnode[K, V]) bool
		walk = func(n *tnode[K, V]) bool {
			if n == nil {
				return true
			}
			return walk(n.left) && yield(n.k, n.v) && walk(n.right)
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

func (t *Tree[K, V]) Height() int {
	var h func(n *tnode[K, V]) int
	h = func(n *tnode[K, V]) int {
		if n == nil {
			return 0
		}
		return 1 + max(h(n.left), h(n.right))
	}
	return h(t.root)
}

func mergeSorted[K cmp.Ordered](a, b iter.Seq[K]) []K {
	na, sa := iter.Pull(a)
	defer sa()
	nb, sb := iter.Pull(b)
	defer sb()
	var out []K
	x, okx := na()
	y, oky := nb()
	for okx || oky {
		if !oky || (okx && x <= y) {
			out = append(out, x)
			x, okx = na()
		} else {
			out = append(out, y)
			y, oky = nb()
		}
	}
	return out
}

func main() {
	var t Tree[string, int]
	for i, w := range []string{"m", "c", "x", "a", "e", "q", "z", "c"} {
		t.Put(w, i)
	}
	for k, v := range t.All() {
		fmt.Print(k, "=", v, " ")
	}
	fmt.Println("size", t.size, "h", t.Height())
	v, ok := t.Get("q")
	v2, ok2 := t.Get("nope")
	fmt.Println(v, ok, v2, ok2)
	var u Tree[string, bool]
	for _, w := range []string{"b", "d", "y", "a"} {
		u.Put(w, true)
	}
	fmt.Println(mergeSorted(t.Keys(), u.Keys()))
	next, stop := iter.Pull2(t.All())
	for i := 0; i < 3; i++ {
		k, v, ok := next()
		fmt.Println(k, v, ok)
	}
	stop()
	k, v, ok := next()
	fmt.Printf("%q %d %v\n", k, v, ok)
}
