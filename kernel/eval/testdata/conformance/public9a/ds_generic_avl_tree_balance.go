package main

import (
	"cmp"
	"fmt"
	"strings"
)

type avl[K cmp.Ordered, V any] struct {
	key         K
	val         V
	h           int
	left, right *avl[K, V]
}

func height[K cmp.Ordered, V any](n *avl[K, V]) int {
	if n == nil {
		return 0
	}
	return n.h
}

func (n *avl[K, V]) fix() *avl[K, V] {
	n.h = 1 + max(height(n.left), height(n.right))
	return n
}

func rotR[K cmp.Ordered, V any](n *avl[K, V]) *avl[K, V] {
	l := n.left
	n.left, l.right = l.right, n
	n.fix()
	return l.fix()
}

func rotL[K cmp.Ordered, V any](n *avl[K, V]) *avl[K, V] {
	r := n.right
	n.right, r.left = r.left, n
	n.fix()
	return r.fix()
}

func balance[K cmp.Ordered, V any](n *avl[K, V]) *avl[K, V] {
	n.fix()
	switch bf := height(n.left) - height(n.right); {
	case bf > 1:
		if height(n.left.left) < height(n.left.right) {
			n.left = rotL(n.left)
		}
		return rotR(n)
	case bf < -1:
		if height(n.right.right) < height(n.right.left) {
			n.right = rotR(n.right)
		}
		return rotL(n)
	}
	return n
}

func insert[K cmp.Ordered, V any](n *avl[K, V], k K, v V) *avl[K, V] {
	if n == nil {
		return &avl[K, V]{key: k, val: v, h: 1}
	}
	switch cmp.Compare(k, n.key) {
	case -1:
		n.left = insert(n.left, k, v)
	case 1:
		n.right = insert(n.right, k, v)
	default:
		n.val = v
		return n
	}
	return balance(n)
}

type Map[K cmp.Ordered, V any] struct {
	root *avl[K, V]
	n    int
}

func (m *Map[K, V]) Put(k K, v V) {
	before := m.size()
	m.root = insert(m.root, k, v)
	if m.size() > before {
		m.n++
	}
}

func (m *Map[K, V]) size() int {
	c := 0
	var walk func(*avl[K, V])
	walk = func(n *avl[K, V]) {
		if n != nil {
			c++
			walk(n.left)
			walk(n.right)
		}
	}
	walk(m.root)
	return c
}

func (m *Map[K, V]) Shape() string {
	var sb strings.Builder
	var walk func(n *avl[K, V], depth int)
	walk = func(n *avl[K, V], depth int) {
		if n == nil {
			return
		}
		walk(n.right, depth+1)
		fmt.Fprintf(&sb, "%s%v\n", strings.Repeat("  ", depth), n.key)
		walk(n.left, depth+1)
	}
	walk(m.root, 0)
	return sb.String()
}

func main() {
	var m Map[int, string]
	for i := 1; i <= 15; i++ {
		m.Put(i, fmt.Sprint("v", i))
	}
	m.Put(7, "seven")
	fmt.Println(m.n, height(m.root), m.root.key, m.root.left.key, m.root.right.key)
	fmt.Print(m.Shape())
	var w Map[string, int]
	for i, s := range strings.Fields("m n o l k q p h i a") {
		w.Put(s, i)
	}
	fmt.Print(w.Shape())
	fmt.Println(w.n, height(w.root))
}
