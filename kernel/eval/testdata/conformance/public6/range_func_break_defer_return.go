package main

import (
	"fmt"
	"iter"
)

type Tree[T any] struct {
	Left, Right *Tree[T]
	Val         T
}

func (t *Tree[T]) All() iter.Seq[T] {
	return func(yield func(T) bool) {
		t.push(yield)
	}
}

func (t *Tree[T]) push(yield func(T) bool) bool {
	if t == nil {
		return true
	}
	return t.Left.push(yield) && yield(t.Val) && t.Right.push(yield)
}

func insert(t *Tree[int], v int) *Tree[int] {
	if t == nil {
		return &Tree[int]{Val: v}
	}
	if v < t.Val {
		t.Left = insert(t.Left, v)
	} else {
		t.Right = insert(t.Right, v)
	}
	return t
}

func firstOver(t *Tree[int], limit int) (int, bool) {
	for v := range t.All() {
		if v > limit {
			return v, true
		}
	}
	return 0, false
}

func pairs(n int) iter.Seq2[int, int] {
	return func(yield func(int, int) bool) {
		for i := range n {
			for j := i + 1; j < n; j++ {
				if !yield(i, j) {
					return
				}
			}
		}
	}
}

func collect() (out []string) {
	defer func() { out = append(out, "deferred") }()
	for i, j := range pairs(5) {
		defer func() { out = append(out, fmt.Sprintf("d%d%d", i, j)) }()
		if j == 3 {
			break
		}
	}
	return []string{"body"}
}

func main() {
	var root *Tree[int]
	for _, v := range []int{50, 30, 70, 20, 40, 60, 80, 35} {
		root = insert(root, v)
	}
	for v := range root.All() {
		fmt.Print(v, " ")
	}
	fmt.Println()
	fmt.Println(firstOver(root, 45))
	fmt.Println(firstOver(root, 99))

outer:
	for i, j := range pairs(6) {
		switch {
		case j == i+1:
			continue
		case i == 2:
			break outer
		}
		fmt.Printf("(%d,%d)", i, j)
	}
	fmt.Println()

	fmt.Println(collect())

	count := 0
	for range pairs(4) {
		count++
	}
	fmt.Println("pairs:", count)

	// goto-free labeled continue across a func iterator
	found := []int{}
rows:
	for i := range 4 {
		for v := range root.All() {
			if v%(i+2) == 0 {
				found = append(found, v)
				continue rows
			}
		}
	}
	fmt.Println(found)

	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		for v := range root.All() {
			if v == 40 {
				panic(fmt.Sprintf("boom at %d", v))
			}
		}
	}()
}
