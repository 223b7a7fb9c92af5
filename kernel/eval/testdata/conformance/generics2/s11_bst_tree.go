// A generic binary search tree keyed by cmp.Ordered with a comparator
// variant (TreeFunc), in-order iteration with iter.Seq2, Min/Max
// returning (K, bool), and height.
package main

import (
	"cmp"
	"fmt"
	"iter"
	"strings"
)

type tnode[K, V any] struct {
	key         K
	val         V
	left, right *tnode[K, V]
}

type Tree[K, V any] struct {
	root *tnode[K, V]
	cmp  func(a, b K) int
	size int
}

func New[K cmp.Ordered, V any]() *Tree[K, V] { return &Tree[K, V]{cmp: cmp.Compare[K]} }

func NewFunc[K, V any](c func(a, b K) int) *Tree[K, V] { return &Tree[K, V]{cmp: c} }

func (t *Tree[K, V]) Put(k K, v V) {
	p := &t.root
	for *p != nil {
		switch c := t.cmp(k, (*p).key); {
		case c < 0:
			p = &(*p).left
		case c > 0:
			p = &(*p).right
		default:
			(*p).val = v
			return
		}
	}
	*p = &tnode[K, V]{key: k, val: v}
	t.size++
}

func (t *Tree[K, V]) Get(k K) (V, bool) {
	n := t.root
	for n != nil {
		c := t.cmp(k, n.key)
		if c == 0 {
			return n.val, true
		}
		if c < 0 {
			n = n.left
		} else {
			n = n.right
		}
	}
	var zero V
	return zero, false
}

func (t *Tree[K, V]) All() iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		var walk func(n *tnode[K, V]) bool
		walk = func(n *tnode[K, V]) bool {
			return n == nil || walk(n.left) && yield(n.key, n.val) && walk(n.right)
		}
		walk(t.root)
	}
}

func (t *Tree[K, V]) Min() (K, bool) {
	if t.root == nil {
		var zero K
		return zero, false
	}
	n := t.root
	for n.left != nil {
		n = n.left
	}
	return n.key, true
}

func height[K, V any](n *tnode[K, V]) int {
	if n == nil {
		return 0
	}
	return 1 + max(height(n.left), height(n.right))
}

func main() {
	t := New[string, int]()
	for i, w := range strings.Fields("m c x a e z m") {
		t.Put(w, i)
	}
	for k, v := range t.All() {
		fmt.Print(k, "=", v, " ")
	}
	fmt.Println(t.size, height(t.root))
	v, ok := t.Get("e")
	fmt.Println(v, ok)
	_, ok = t.Get("q")
	fmt.Println(ok)
	fmt.Println(t.Min())
	rev := NewFunc[int, string](func(a, b int) int { return b - a })
	for _, k := range []int{5, 1, 9} {
		rev.Put(k, fmt.Sprint("#", k))
	}
	for k, v := range rev.All() {
		fmt.Print(k, v, " ")
		if k == 5 {
			break
		}
	}
	fmt.Println()
	var empty Tree[float64, bool]
	fmt.Println(empty.Min())
}
