package main

import (
	"cmp"
	"fmt"
	"iter"
	"strings"
)

type node[K cmp.Ordered, V any] struct {
	key         K
	val         V
	left, right *node[K, V]
	height      int
}

type AVL[K cmp.Ordered, V any] struct {
	root *node[K, V]
	size int
}

func h[K cmp.Ordered, V any](n *node[K, V]) int {
	if n == nil {
		return 0
	}
	return n.height
}

func fix[K cmp.Ordered, V any](n *node[K, V]) {
	n.height = 1 + max(h(n.left), h(n.right))
}

func rotR[K cmp.Ordered, V any](n *node[K, V]) *node[K, V] {
	l := n.left
	n.left, l.right = l.right, n
	fix(n)
	fix(l)
	return l
}

func rotL[K cmp.Ordered, V any](n *node[K, V]) *node[K, V] {
	r := n.right
	n.right, r.left = r.left, n
	fix(n)
	fix(r)
	return r
}

func balance[K cmp.Ordered, V any](n *node[K, V]) *node[K, V] {
	fix(n)
	switch bf := h(n.left) - h(n.right); {
	case bf > 1:
		if h(n.left.left) < h(n.left.right) {
			n.left = rotL(n.left)
		}
		return rotR(n)
	case bf < -1:
		if h(n.right.right) < h(n.right.left) {
			n.right = rotR(n.right)
		}
		return rotL(n)
	}
	return n
}

func (t *AVL[K, V]) Put(k K, v V) {
	var ins func(n *node[K, V]) *node[K, V]
	ins = func(n *node[K, V]) *node[K, V] {
		if n == nil {
			t.size++
			return &node[K, V]{key: k, val: v, height: 1}
		}
		switch c := cmp.Compare(k, n.key); {
		case c < 0:
			n.left = ins(n.left)
		case c > 0:
			n.right = ins(n.right)
		default:
			n.val = v
			return n
		}
		return balance(n)
	}
	t.root = ins(t.root)
}

func (t *AVL[K, V]) Get(k K) (v V, ok bool) {
	for n := t.root; n != nil; {
		switch c := cmp.Compare(k, n.key); {
		case c < 0:
			n = n.left
		case c > 0:
			n = n.right
		default:
			return n.val, true
		}
	}
	return
}

func (t *AVL[K, V]) All() iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		var walk func(n *node[K, V]) bool
		walk = func(n *node[K, V]) bool {
			return n == nil || walk(n.left) && yield(n.key, n.val) && walk(n.right)
		}
		walk(t.root)
	}
}

func (t *AVL[K, V]) Height() int { return h(t.root) }

func main() {
	var t AVL[int, string]
	for i := range 100 {
		t.Put((i*37)%101, fmt.Sprint("v", i))
	}
	fmt.Println("size", t.size, "height", t.Height())
	v, ok := t.Get(74)
	fmt.Println(v, ok)
	_, ok = t.Get(1000)
	fmt.Println(ok)
	var keys []string
	for k, v := range t.All() {
		if k > 10 {
			break
		}
		keys = append(keys, fmt.Sprintf("%d=%s", k, v))
	}
	fmt.Println(strings.Join(keys, " "))

	var words AVL[string, int]
	for i, w := range strings.Fields("the quick brown fox jumps over the lazy dog the end") {
		old, _ := words.Get(w)
		words.Put(w, old+i)
	}
	for k, v := range words.All() {
		fmt.Print(k, ":", v, " ")
	}
	fmt.Println(words.size, words.Height())
}
