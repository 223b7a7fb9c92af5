package main

import "fmt"

type Lesser[T any] interface {
	Less(T) bool
}

type Ver struct{ major, minor int }

func (v Ver) Less(o Ver) bool {
	if v.major != o.major {
		return v.major < o.major
	}
	return v.minor < o.minor
}

func (v Ver) String() string { return fmt.Sprintf("v%d.%d", v.major, v.minor) }

func Min[T Lesser[T]](xs ...T) T {
	m := xs[0]
	for _, x := range xs[1:] {
		if x.Less(m) {
			m = x
		}
	}
	return m
}

func InsertionSort[T Lesser[T]](xs []T) {
	for i := 1; i < len(xs); i++ {
		for j := i; j > 0 && xs[j].Less(xs[j-1]); j-- {
			xs[j], xs[j-1] = xs[j-1], xs[j]
		}
	}
}

type Node[T Lesser[T]] struct {
	val         T
	left, right *Node[T]
}

func (n *Node[T]) Insert(v T) *Node[T] {
	if n == nil {
		return &Node[T]{val: v}
	}
	if v.Less(n.val) {
		n.left = n.left.Insert(v)
	} else {
		n.right = n.right.Insert(v)
	}
	return n
}

func (n *Node[T]) InOrder(visit func(T)) {
	if n != nil {
		n.left.InOrder(visit)
		visit(n.val)
		n.right.InOrder(visit)
	}
}

func main() {
	vs := []Ver{{1, 2}, {0, 9}, {1, 0}, {0, 10}}
	fmt.Println(Min(vs...))
	InsertionSort(vs)
	fmt.Println(vs)
	var root *Node[Ver]
	for _, v := range []Ver{{2, 0}, {1, 5}, {3, 1}} {
		root = root.Insert(v)
	}
	root.InOrder(func(v Ver) { fmt.Print(v, ";") })
	fmt.Println()
}
