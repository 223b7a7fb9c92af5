package main

import (
	"cmp"
	"fmt"
	"strings"
)

type Tree[K cmp.Ordered, V any] struct {
	root *node[K, V]
	size int
}

type node[K cmp.Ordered, V any] struct {
	key         K
	val         V
	left, right *node[K, V]
}

func (t *Tree[K, V]) Put(k K, v V) {
	p := &t.root
	for *p != nil {
		switch c := cmp.Compare(k, (*p).key); {
		case c < 0:
			p = &(*p).left
		case c > 0:
			p = &(*p).right
		default:
			(*p).val = v
			return
		}
	}
	*p = &node[K, V]{key: k, val: v}
	t.size++
}

func (t *Tree[K, V]) Get(k K) (V, bool) {
	n := t.root
	for n != nil {
		if k < n.key {
			n = n.left
		} else if k > n.key {
			n = n.right
		} else {
			return n.val, true
		}
	}
	var zero V
	return zero, false
}

func (t *Tree[K, V]) All(yield func(K, V) bool) {
	var walk func(n *node[K, V]) bool
	walk = func(n *node[K, V]) bool {
		return n == nil || (walk(n.left) && yield(n.key, n.val) && walk(n.right))
	}
	walk(t.root)
}

func height[K cmp.Ordered, V any](n *node[K, V]) int {
	if n == nil {
		return 0
	}
	return 1 + max(height(n.left), height(n.right))
}

func main() {
	var t Tree[string, int]
	for i, w := range strings.Fields("m f t b h p w a c") {
		t.Put(w, i)
	}
	t.Put("h", 100)
	fmt.Println(t.size, height(t.root))
	fmt.Println(t.Get("h"))
	fmt.Println(t.Get("z"))
	for k, v := range t.All {
		fmt.Print(k, "=", v, " ")
	}
	fmt.Println()
	var nums Tree[float64, string]
	nums.Put(2.5, "x")
	nums.Put(-1, "y")
	for k, v := range nums.All {
		fmt.Println(k, v)
	}
}
