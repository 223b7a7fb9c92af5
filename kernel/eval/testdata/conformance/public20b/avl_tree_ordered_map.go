package main

import (
	"cmp"
	"fmt"
	"strings"
)

type node[K cmp.Ordered, V any] struct {
	key         K
	val         V
	height      int
	left, right *node[K, V]
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
	n.left = l.right
	l.right = n
	fix(n)
	fix(l)
	return l
}

func rotL[K cmp.Ordered, V any](n *node[K, V]) *node[K, V] {
	r := n.right
	n.right = r.left
	r.left = n
	fix(n)
	fix(r)
	return r
}

func balance[K cmp.Ordered, V any](n *node[K, V]) *node[K, V] {
	fix(n)
	switch b := h(n.left) - h(n.right); {
	case b > 1:
		if h(n.left.left) < h(n.left.right) {
			n.left = rotL(n.left)
		}
		return rotR(n)
	case b < -1:
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

func (t *AVL[K, V]) Get(k K) (V, bool) {
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
	var zero V
	return zero, false
}

func (t *AVL[K, V]) All(yield func(K, V) bool) {
	var walk func(n *node[K, V]) bool
	walk = func(n *node[K, V]) bool {
		return n == nil || walk(n.left) && yield(n.key, n.val) && walk(n.right)
	}
	walk(t.root)
}

func (t *AVL[K, V]) String() string {
	var sb strings.Builder
	var show func(n *node[K, V], depth int)
	show = func(n *node[K, V], depth int) {
		if n == nil {
			return
		}
		show(n.right, depth+1)
		fmt.Fprintf(&sb, "%s%v\n", strings.Repeat("   ", depth), n.key)
		show(n.left, depth+1)
	}
	show(t.root, 0)
	return sb.String()
}

func main() {
	t := &AVL[int, string]{}
	for i := 1; i <= 15; i++ {
		t.Put(i, fmt.Sprint("v", i))
	}
	fmt.Println(t.size, h(t.root))
	fmt.Print(t)
	t.Put(7, "seven")
	v, ok := t.Get(7)
	_, missing := t.Get(99)
	fmt.Println(v, ok, missing)
	for k, v := range t.All {
		if k > 4 {
			break
		}
		fmt.Print(k, "=", v, " ")
	}
	fmt.Println()
	words := &AVL[string, int]{}
	for _, w := range strings.Fields("the quick brown fox jumps over the lazy dog the end") {
		c, _ := words.Get(w)
		words.Put(w, c+1)
	}
	var parts []string
	for k, v := range words.All {
		parts = append(parts, fmt.Sprintf("%s:%d", k, v))
	}
	fmt.Println(words.size, h(words.root), strings.Join(parts, " "))
}
