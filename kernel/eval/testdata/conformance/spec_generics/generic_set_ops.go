package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
)

type Set[T comparable] struct{ m map[T]bool }

func Of[T comparable](xs ...T) Set[T] {
	s := Set[T]{m: make(map[T]bool)}
	for _, x := range xs {
		s.m[x] = true
	}
	return s
}

func (s Set[T]) Intersect(o Set[T]) Set[T] {
	r := Of[T]()
	for k := range s.m {
		if o.m[k] {
			r.m[k] = true
		}
	}
	return r
}

func (s Set[T]) Diff(o Set[T]) Set[T] {
	r := Of[T]()
	for k := range s.m {
		if !o.m[k] {
			r.m[k] = true
		}
	}
	return r
}

func Items[T cmp.Ordered](s Set[T]) []T {
	return slices.Sorted(maps.Keys(s.m))
}

func MinMax[T cmp.Ordered](xs []T) (lo, hi T, ok bool) {
	if len(xs) == 0 {
		return
	}
	return slices.Min(xs), slices.Max(xs), true
}

func main() {
	a, b := Of(1, 2, 3, 4), Of(3, 4, 5)
	fmt.Println(Items(a.Intersect(b)), Items(a.Diff(b)), Items(b.Diff(a)))
	w := Of("x", "y")
	fmt.Println(Items(w), len(w.m))
	fmt.Println(MinMax([]float64{2.5, -1, 9}))
	fmt.Println(MinMax([]string{}))
	fmt.Println(cmp.Compare(2, 3), cmp.Compare("b", "a"), min(3, 1, 2), max("a", "b"))
}
