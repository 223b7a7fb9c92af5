package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
)

func main() {
	// A conversion to a generic type of a package: pkg.T[A](x).
	f := func(yield func(int) bool) {
		for i := range 3 {
			if !yield(i * i) {
				return
			}
		}
	}
	seq := iter.Seq[int](f)
	fmt.Printf("%T %v\n", seq, slices.Collect(seq))
	g := func(yield func(string, int) bool) { yield("k", 1) }
	seq2 := (iter.Seq2[string, int])(g)
	fmt.Printf("%T %v\n", seq2, maps.Collect(seq2))
	fmt.Println(slices.Collect(iter.Seq[int](f)))
	next, stop := iter.Pull(iter.Seq[int](f))
	defer stop()
	v, ok := next()
	fmt.Println(v, ok)
}
