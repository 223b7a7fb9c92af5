package main

import (
	"fmt"
	"maps"
	"slices"
)

type Set[T comparable] map[T]struct{}

func SetOf[T comparable](xs ...T) Set[T] {
	s := make(Set[T], len(xs))
	for _, x := range xs {
		s.Add(x)
	}
	return s
}

func (s Set[T]) Add(x T)           { s[x] = struct{}{} }
func (s Set[T]) Contains(x T) bool { _, ok := s[x]; return ok }

func (s Set[T]) Union(o Set[T]) Set[T] {
	r := SetOf[T]()
	for x := range s {
		r.Add(x)
	}
	for x := range o {
		r.Add(x)
	}
	return r
}

func (s Set[T]) Intersect(o Set[T]) Set[T] {
	r := SetOf[T]()
	for x := range s {
		if o.Contains(x) {
			r.Add(x)
		}
	}
	return r
}

func (s Set[T]) Filter(keep func(T) bool) Set[T] {
	r := Set[T]{}
	for x := range s {
		if keep(x) {
			r.Add(x)
		}
	}
	return r
}

func Sorted[T interface {
	comparable
	~int | ~string
}](s Set[T]) []T {
	return slices.Sorted(maps.Keys(s))
}

func main() {
	a := SetOf(1, 2, 3, 4)
	b := SetOf(3, 4, 5)
	fmt.Println(Sorted(a.Union(b)), Sorted(a.Intersect(b)))
	fmt.Println(Sorted(a.Filter(func(x int) bool { return x%2 == 0 })))
	w := SetOf("go", "rust", "go")
	fmt.Println(len(w), w.Contains("go"), Sorted(w))
}
