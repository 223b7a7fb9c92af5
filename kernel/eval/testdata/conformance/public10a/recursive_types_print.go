package main

import (
	"fmt"
	"sort"
)

type Tree map[string]Tree

type Nested []Nested

type Fn func(int) Fn

func (t Tree) Keys() []string {
	var ks []string
	for k := range t {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

func depth(n Nested) int {
	d := 0
	for _, c := range n {
		if x := depth(c) + 1; x > d {
			d = x
		}
	}
	return d
}

func counter(n int) Fn {
	fmt.Print(n, " ")
	return func(m int) Fn { return counter(n + m) }
}

func main() {
	t := Tree{"a": Tree{"b": Tree{}, "c": nil}, "d": nil}
	fmt.Println(t.Keys(), t["a"].Keys(), len(t["a"]["b"]))
	fmt.Println(t)
	n := Nested{Nested{}, Nested{Nested{Nested{}}}}
	fmt.Println(depth(n), n, len(n[1][0]))
	counter(1)(2)(3)(4)
	fmt.Println()
	fmt.Printf("%T %T %T\n", t, n, counter(0))
}
