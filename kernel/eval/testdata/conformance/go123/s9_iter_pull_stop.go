package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
)

func zip[A, B any](a iter.Seq[A], b iter.Seq[B]) iter.Seq2[A, B] {
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
	cleaned := false
	seq := func(yield func(string) bool) {
		defer func() { cleaned = true }()
		for _, s := range []string{"a", "b", "c", "d"} {
			if !yield(s) {
				return
			}
		}
	}
	next, stop := iter.Pull(iter.Seq[string](seq))
	v, ok := next()
	fmt.Println(v, ok, cleaned)
	stop()
	fmt.Println(cleaned)
	v, ok = next()
	fmt.Printf("%q %v\n", v, ok)
	stop()

	for a, b := range zip(slices.Values([]int{1, 2, 3}), slices.Values([]string{"x", "y"})) {
		fmt.Print(a, b, " ")
	}
	fmt.Println()
	m := maps.Collect(zip(slices.Values([]string{"k1", "k2"}), slices.Values([]int{10, 20})))
	fmt.Println(m)
}
