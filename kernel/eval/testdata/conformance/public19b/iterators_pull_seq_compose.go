package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

func Count(start int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := start; ; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func Take[T any](seq iter.Seq[T], n int) iter.Seq[T] {
	return func(yield func(T) bool) {
		if n <= 0 {
			return
		}
		i := 0
		for v := range seq {
			if !yield(v) {
				return
			}
			i++
			if i == n {
				return
			}
		}
	}
}

func Filter[T any](seq iter.Seq[T], pred func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range seq {
			if pred(v) && !yield(v) {
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

type Tree struct {
	Left, Right *Tree
	Val         int
}

func (t *Tree) Insert(v int) *Tree {
	if t == nil {
		return &Tree{Val: v}
	}
	if v < t.Val {
		t.Left = t.Left.Insert(v)
	} else {
		t.Right = t.Right.Insert(v)
	}
	return t
}

func (t *Tree) All() iter.Seq[int] {
	return func(yield func(int) bool) {
		t.walk(yield)
	}
}

func (t *Tree) walk(yield func(int) bool) bool {
	if t == nil {
		return true
	}
	return t.Left.walk(yield) && yield(t.Val) && t.Right.walk(yield)
}

func main() {
	evens := Filter(Count(1), func(i int) bool { return i%2 == 0 })
	fmt.Println(slices.Collect(Take(evens, 5)))
	for i, s := range Zip(Count(10), slices.Values([]string{"a", "b", "c"})) {
		fmt.Print(i, s, " ")
	}
	fmt.Println()
	var root *Tree
	for _, v := range []int{5, 3, 8, 1, 4, 9, 7} {
		root = root.Insert(v)
	}
	fmt.Println(slices.Collect(root.All()))
	for v := range root.All() {
		if v > 5 {
			fmt.Println("first > 5:", v)
			break
		}
	}
	next, stop := iter.Pull(root.All())
	a, _ := next()
	b, _ := next()
	stop()
	c, ok := next()
	fmt.Println(a, b, c, ok)
	next2, stop2 := iter.Pull2(maps.All(map[string]int{"only": 1}))
	k, v, ok2 := next2()
	fmt.Println(k, v, ok2)
	k, v, ok2 = next2()
	fmt.Printf("%q %v %v\n", k, v, ok2)
	stop2()
	m := map[string]int{"z": 26, "a": 1, "m": 13}
	keys := slices.Sorted(maps.Keys(m))
	fmt.Println(keys, slices.Sorted(maps.Values(m)))
	for i, v := range slices.Backward([]string{"x", "y", "z"}) {
		fmt.Print(i, v, ";")
	}
	fmt.Println()
	for i, v := range slices.All([]int{7, 8}) {
		fmt.Print(i, "=", v, " ")
	}
	fmt.Println()
	m2 := maps.Collect(slices.All([]string{"p", "q"}))
	fmt.Println(m2)
	ins := map[string]int{"a": 1}
	maps.Insert(ins, maps.All(map[string]int{"b": 2}))
	fmt.Println(ins)
	chunks := slices.Collect(slices.Chunk([]int{1, 2, 3, 4, 5}, 2))
	fmt.Println(chunks)
	sorted := slices.SortedFunc(slices.Values([]string{"bb", "a", "ccc"}), func(x, y string) int { return len(y) - len(x) })
	fmt.Println(sorted)
	up := slices.AppendSeq([]string{"start"}, func(yield func(string) bool) {
		for _, w := range strings.Fields("go is fun") {
			if !yield(strings.ToUpper(w)) {
				return
			}
		}
	})
	fmt.Println(up)
	for i := range 3 {
		defer fmt.Println("deferred", i)
	}
	total := 0
	for x := range Take(Count(1), 100) {
		if x%10 == 0 {
			continue
		}
		if x > 25 {
			break
		}
		total += x
	}
	fmt.Println(total)
	rep := slices.Repeat([]int{1, 2}, 3)
	fmt.Println(rep, slices.Index(rep, 2), slices.Contains(rep, 3))
}
