package main

import (
	"cmp"
	"fmt"
	"iter"
	"strings"
)

type node[K cmp.Ordered, V any] struct {
	k           K
	v           V
	left, right *node[K, V]
}

type TreeMap[K cmp.Ordered, V any] struct {
	root *node[K, V]
	n    int
}

func (t *TreeMap[K, V]) Put(k K, v V) {
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

func (t *TreeMap[K, V]) Get(k K) (V, bool) {
	for n := t.root; n != nil; {
		switch c := cmp.Compare(k, n.k); {
		case c < 0:
			n = n.left
		case c > 0:
			n = n.right
		default:
			return n.v, true
		}
	}
	var zero V
	return zero, false
}

func (t *TreeMap[K, V]) All() iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		var walk func(*node[K, V]) bool
		walk = func(n *node[K, V]) bool {
			return n == nil || walk(n.left) && yield(n.k, n.v) && walk(n.right)
		}
		walk(t.root)
	}
}

func (t *TreeMap[K, V]) Height() int {
	var h func(*node[K, V]) int
	h = func(n *node[K, V]) int {
		if n == nil {
			return 0
		}
		return 1 + max(h(n.left), h(n.right))
	}
	return h(t.root)
}

func main() {
	var tm TreeMap[string, int]
	for i, w := range strings.Fields("m f t b h p x a c g") {
		tm.Put(w, i)
	}
	tm.Put("h", 100)
	for k, v := range tm.All() {
		fmt.Print(k, "=", v, " ")
	}
	fmt.Println()
	fmt.Println(tm.n, tm.Height())
	v, ok := tm.Get("h")
	_, ok2 := tm.Get("z")
	fmt.Println(v, ok, ok2)
	for k := range tm.All() {
		if k > "f" {
			fmt.Println("first after f:", k)
			break
		}
	}
	var nums TreeMap[float64, []string]
	nums.Put(2.5, []string{"x"})
	nums.Put(-1, nil)
	for k, v := range nums.All() {
		fmt.Println(k, v, v == nil)
	}
}
