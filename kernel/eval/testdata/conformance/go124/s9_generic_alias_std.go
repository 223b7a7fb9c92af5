package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
)

type Seq[T any] = iter.Seq[T]

type Set[K comparable] = map[K]struct{}

type Pair[A, B any] struct {
	First  A
	Second B
}

type IntPair[B any] = Pair[int, B]

func evens(n int) Seq[int] {
	return func(yield func(int) bool) {
		for i := 0; i < n; i += 2 {
			if !yield(i) {
				return
			}
		}
	}
}

func main() {
	fmt.Println(slices.Collect(evens(9)))
	s := Set[string]{"b": {}, "a": {}}
	s["c"] = struct{}{}
	fmt.Println(slices.Sorted(maps.Keys(s)), len(s))
	p := IntPair[string]{1, "one"}
	fmt.Printf("%v %T\n", p, p)
	var q Pair[int, string] = p
	fmt.Println(q == p)
}
