package main

import (
	"cmp"
	"fmt"
	"iter"
	"maps"
	"slices"
)

type Set[T comparable] map[T]struct{}

func SetOf[T comparable](items ...T) Set[T] {
	s := make(Set[T], len(items))
	for _, it := range items {
		s.Add(it)
	}
	return s
}

func (s Set[T]) Add(v T)          { s[v] = struct{}{} }
func (s Set[T]) Has(v T) bool     { _, ok := s[v]; return ok }
func (s Set[T]) All() iter.Seq[T] { return maps.Keys(s) }
func (s Set[T]) Len() int         { return len(s) }

func (s Set[T]) Union(o Set[T]) Set[T] {
	r := maps.Clone(s)
	maps.Copy(r, o)
	return r
}

func (s Set[T]) Intersect(o Set[T]) Set[T] {
	r := Set[T]{}
	for v := range s {
		if o.Has(v) {
			r.Add(v)
		}
	}
	return r
}

func (s Set[T]) Minus(o Set[T]) Set[T] {
	r := Set[T]{}
	for v := range s.All() {
		if !o.Has(v) {
			r.Add(v)
		}
	}
	return r
}

func Sorted[T cmp.Ordered](s Set[T]) []T { return slices.Sorted(s.All()) }

type Point struct{ X, Y int }

func main() {
	a := SetOf(1, 2, 3, 4, 5)
	b := SetOf(4, 5, 6, 7)
	fmt.Println(Sorted(a.Union(b)), Sorted(a.Intersect(b)), Sorted(a.Minus(b)), Sorted(b.Minus(a)))
	fmt.Println(a.Len(), a.Has(3), b.Has(3))
	pts := SetOf(Point{1, 2}, Point{2, 1}, Point{1, 2})
	fmt.Println(pts.Len(), pts.Has(Point{2, 1}), pts.Has(Point{0, 0}))
	ps := slices.SortedFunc(pts.All(), func(p, q Point) int { return cmp.Or(cmp.Compare(p.X, q.X), cmp.Compare(p.Y, q.Y)) })
	fmt.Println(ps)
	var empty Set[string]
	fmt.Println(empty.Has("x"), empty.Len(), Sorted(empty.Union(SetOf("b", "a"))))
	fmt.Printf("%T\n", a)
}
