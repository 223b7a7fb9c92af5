package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Set[T comparable] map[T]struct{}

func NewSet[T comparable](items ...T) Set[T] {
	s := make(Set[T], len(items))
	s.Add(items...)
	return s
}

func (s Set[T]) Add(items ...T) {
	for _, it := range items {
		s[it] = struct{}{}
	}
}
func (s Set[T]) Has(x T) bool { _, ok := s[x]; return ok }
func (s Set[T]) Len() int     { return len(s) }
func (s Set[T]) Union(o Set[T]) Set[T] {
	out := maps.Clone(s)
	if out == nil {
		out = Set[T]{}
	}
	maps.Copy(out, o)
	return out
}
func (s Set[T]) Intersect(o Set[T]) Set[T] {
	out := Set[T]{}
	for x := range s {
		if o.Has(x) {
			out.Add(x)
		}
	}
	return out
}
func (s Set[T]) Diff(o Set[T]) Set[T] {
	out := Set[T]{}
	for x := range s {
		if !o.Has(x) {
			out.Add(x)
		}
	}
	return out
}
func (s Set[T]) SubsetOf(o Set[T]) bool {
	for x := range s {
		if !o.Has(x) {
			return false
		}
	}
	return true
}

func Sorted[T cmp.Ordered](s Set[T]) []T {
	return slices.Sorted(maps.Keys(s))
}

func (s Set[T]) String() string {
	parts := make([]string, 0, len(s))
	for x := range s {
		parts = append(parts, fmt.Sprint(x))
	}
	slices.Sort(parts)
	return "{" + strings.Join(parts, ", ") + "}"
}

type Point struct{ X, Y int }

func main() {
	a := NewSet(1, 2, 3, 4)
	b := NewSet(3, 4, 5)
	fmt.Println(a, b, a.Len())
	fmt.Println(a.Union(b), a.Intersect(b), a.Diff(b), b.Diff(a))
	fmt.Println(Sorted(a.Union(b)), NewSet(3).SubsetOf(b), a.SubsetOf(b))
	words := NewSet(strings.Fields("the cat and the hat and the bat")...)
	fmt.Println(Sorted(words), words.Has("cat"), words.Has("dog"))
	pts := NewSet(Point{1, 2}, Point{1, 2}, Point{3, 4})
	fmt.Println(pts.Len(), pts.Has(Point{3, 4}), pts)
	var empty Set[string]
	fmt.Println(empty.Has("x"), empty.Len(), empty.Union(NewSet("y")))
	type key [2]string
	ks := NewSet(key{"a", "b"}, key{"b", "a"})
	fmt.Println(ks.Has(key{"a", "b"}), ks.Len())
	anys := NewSet[any](1, "1", 1.0, 1)
	fmt.Println(anys.Len(), anys.Has(1), anys.Has(int64(1)))
}
