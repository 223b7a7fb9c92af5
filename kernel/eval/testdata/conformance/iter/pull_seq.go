package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
)

func Count(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := range n {
			if !yield(i) {
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
			if !ok1 || !ok2 {
				return
			}
			if !yield(x, y) {
				return
			}
		}
	}
}

func main() {
	next, stop := iter.Pull(Count(3))
	for {
		v, ok := next()
		if !ok {
			break
		}
		fmt.Println("pulled", v)
	}
	stop()
	v, ok := next()
	fmt.Println(v, ok)
	for n, s := range Zip(Count(10), slices.Values([]string{"a", "b", "c"})) {
		fmt.Println(n, s)
	}
	next2, stop2 := iter.Pull2(maps.All(map[string]int{"only": 1}))
	k, val, ok := next2()
	fmt.Println(k, val, ok)
	stop2()
	_, _, ok = next2()
	fmt.Println(ok)
	early, stopEarly := iter.Pull(Count(100))
	a, _ := early()
	b, _ := early()
	stopEarly()
	fmt.Println(a, b)
}
