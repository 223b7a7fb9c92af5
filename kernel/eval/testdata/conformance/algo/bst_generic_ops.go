package main

import (
	"cmp"
	"fmt"
)

type BST[K cmp.Ordered, V any] struct {
	root *bnode[K, V]
	n    int
}

type bnode[K cmp.Ordered, V any] struct {
	key         K
	val         V
	left, right *bnode[K, V]
}

func (t *BST[K, V]) Put(k K, v V) {
	t.root = t.put(t.root, k, v)
}

func (t *BST[K, V]) put(n *bnode[K, V], k K, v V) *bnode[K, V] {
	if n == nil {
		t.n++
		return &bnode[K, V]{key: k, val: v}
	}
	switch c := cmp.Compare(k, n.key); {
	case c < 0:
		n.left = t.put(n.left, k, v)
	case c > 0:
		n.right = t.put(n.right, k, v)
	default:
		n.val = v
	}
	return n
}

func (t *BST[K, V]) Get(k K) (V, bool) {
	n := t.root
	for n != nil {
		switch {
		case k < n.key:
			n = n.left
		case k > n.key:
			n = n.right
		default:
			return n.val, true
		}
	}
	var zero V
	return zero, false
}

func (t *BST[K, V]) Height() int {
	var h func(*bnode[K, V]) int
	h = func(n *bnode[K, V]) int {
		if n == nil {
			return 0
		}
		return 1 + max(h(n.left), h(n.right))
	}
	return h(t.root)
}

func (t *BST[K, V]) InOrder(visit func(K, V)) {
	var walk func(*bnode[K, V])
	walk = func(n *bnode[K, V]) {
		if n != nil {
			walk(n.left)
			visit(n.key, n.val)
			walk(n.right)
		}
	}
	walk(t.root)
}

func (t *BST[K, V]) Delete(k K) {
	var del func(*bnode[K, V], K) *bnode[K, V]
	del = func(n *bnode[K, V], k K) *bnode[K, V] {
		if n == nil {
			return nil
		}
		if k < n.key {
			n.left = del(n.left, k)
		} else if k > n.key {
			n.right = del(n.right, k)
		} else {
			t.n--
			if n.left == nil {
				return n.right
			}
			if n.right == nil {
				return n.left
			}
			m := n.right
			for m.left != nil {
				m = m.left
			}
			n.key, n.val = m.key, m.val
			t.n++
			n.right = del(n.right, m.key)
		}
		return n
	}
	t.root = del(t.root, k)
}

func (t *BST[K, V]) LevelOrder() [][]K {
	var out [][]K
	level := []*bnode[K, V]{}
	if t.root != nil {
		level = append(level, t.root)
	}
	for len(level) > 0 {
		var keys []K
		var next []*bnode[K, V]
		for _, n := range level {
			keys = append(keys, n.key)
			if n.left != nil {
				next = append(next, n.left)
			}
			if n.right != nil {
				next = append(next, n.right)
			}
		}
		out = append(out, keys)
		level = next
	}
	return out
}

func main() {
	var t BST[int, string]
	for _, k := range []int{50, 30, 70, 20, 40, 60, 80, 35} {
		t.Put(k, fmt.Sprintf("v%d", k))
	}
	t.Put(40, "forty")
	fmt.Println(t.n, t.Height())
	fmt.Println(t.Get(40))
	fmt.Println(t.Get(45))
	t.InOrder(func(k int, v string) { fmt.Print(k, ":", v, " ") })
	fmt.Println()
	fmt.Println(t.LevelOrder())
	t.Delete(30)
	t.Delete(50)
	t.Delete(999)
	fmt.Println(t.n, t.LevelOrder())
	var words BST[string, int]
	for i, w := range []string{"m", "c", "x", "a"} {
		words.Put(w, i)
	}
	words.InOrder(func(k string, v int) { fmt.Print(k, v) })
	fmt.Println()
}
