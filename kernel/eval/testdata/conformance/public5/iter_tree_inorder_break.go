package main

import (
	"cmp"
	"fmt"
	"iter"
	"slices"
)

type Tree[K cmp.Ordered, V any] struct {
	root *tnode[K, V]
	size int
}

type tnode[K cmp.Ordered, V any] struct {
	key         K
	val         V
	left, right *tnode[K, V]
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
	*p = &tnode[K, V]{key: k, val: v}
	t.size++
}

func (n *tnode[K, V]) walk(yield func(K, V) bool) bool {
	if n == nil {
		return true
	}
	return n.left.walk(yield) && yield(n.key, n.val) && n.right.walk(yield)
}

func (t *Tree[K, V]) All() iter.Seq2[K, V] {
	return func(yield func(K, V) bool) { t.root.walk(yield) }
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
	var h func(*tnode[K, V]) int
	h = func(n *tnode[K, V]) int {
		if n == nil {
			return 0
		}
		return 1 + max(h(n.left), h(n.right))
	}
	return h(t.root)
}

func main() {
	var t Tree[string, int]
	for i, w := range []string{"m", "c", "x", "a", "e", "z", "q", "c"} {
		t.Put(w, i)
	}
	for k, v := range t.All() {
		fmt.Print(k, "=", v, " ")
	}
	fmt.Println(t.size, t.Height())
	for k := range t.Keys() {
		if k > "m" {
			break
		}
		fmt.Print(k, " ")
	}
	fmt.Println()
	fmt.Println(slices.Collect(t.Keys()))
	var nums Tree[float64, []string]
	nums.Put(2.5, []string{"two"})
	nums.Put(-1, nil)
	for k, v := range nums.All() {
		fmt.Printf("%v %q %v\n", k, v, v == nil)
	}
	found := ""
	func() {
		for k, v := range t.All() {
			if v == 5 {
				found = k
				return
			}
		}
	}()
	fmt.Println("found", found)
}
