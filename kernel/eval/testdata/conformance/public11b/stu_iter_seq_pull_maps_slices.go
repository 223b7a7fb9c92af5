package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
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

func Insert[T any](t *Tree[T], v T, less func(a, b T) bool) *Tree[T] {
	if t == nil {
		return &Tree[T]{Val: v}
	}
	if less(v, t.Val) {
		t.Left = Insert(t.Left, v, less)
	} else {
		t.Right = Insert(t.Right, v, less)
	}
	return t
}

func Filter[T any](seq iter.Seq[T], keep func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range seq {
			if keep(v) && !yield(v) {
				return
			}
		}
	}
}

func Zip[A, B any](a iter.Seq[A], b iter.Seq[B]) iter.Seq2[A, B] {
	return func(yield func(A, B) bool) {
		na, sa := iter.Pull(a)
		defer sa()
		nb, sb := iter.Pull(b)
		defer sb()
		for {
			x, ok1 := na()
			y, ok2 := nb()
			if !ok1 || !ok2 || !yield(x, y) {
				return
			}
		}
	}
}

func main() {
	var root *Tree[int]
	for _, v := range []int{5, 3, 8, 1, 4, 9, 7} {
		root = Insert(root, v, func(a, b int) bool { return a < b })
	}
	fmt.Println(slices.Collect(root.All()))
	for v := range root.All() {
		if v > 5 {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	evens := Filter(root.All(), func(v int) bool { return v%2 == 0 })
	fmt.Println(slices.Collect(evens))
	for a, b := range Zip(root.All(), slices.Values([]string{"a", "b", "c"})) {
		fmt.Print(a, b, " ")
	}
	fmt.Println()

	m := map[string]int{"x": 3, "a": 1, "m": 2}
	keys := slices.Sorted(maps.Keys(m))
	fmt.Println(keys, slices.Sorted(maps.Values(m)))
	inv := maps.Collect(func(yield func(int, string) bool) {
		for k, v := range m {
			if !yield(v, k) {
				return
			}
		}
	})
	fmt.Println(inv)
	for c := range slices.Chunk([]int{1, 2, 3, 4, 5}, 2) {
		fmt.Print(c)
	}
	fmt.Println()
	for i, v := range slices.Backward([]string{"a", "b", "c"}) {
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	next, stop := iter.Pull2(maps.All(map[int]string{1: "one"}))
	k, v, ok := next()
	fmt.Println(k, v, ok)
	k, v, ok = next()
	fmt.Println(k, v, ok)
	stop()
	fmt.Println(slices.Collect(strings.SplitSeq("a,b,,c", ",")), slices.Collect(strings.Lines("l1\nl2\n")))
	m2 := maps.Clone(m)
	maps.DeleteFunc(m2, func(k string, v int) bool { return v > 1 })
	maps.Insert(m2, maps.All(map[string]int{"z": 26}))
	fmt.Println(m2, maps.EqualFunc(m, m, func(a, b int) bool { return a == b }))
	s := slices.AppendSeq([]int{0}, slices.Values([]int{1, 2}))
	fmt.Println(s, slices.Repeat([]int{7}, 3), slices.Concat(s, []int{9}))
	cnt := 0
	for range root.All() {
		cnt++
	}
	fmt.Println(cnt)
}
