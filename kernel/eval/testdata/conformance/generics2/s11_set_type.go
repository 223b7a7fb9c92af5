// A generic Set built on a map, with methods returning new sets, a
// constructor taking variadic items, iteration in sorted order, and a
// String method used by fmt.
package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Set[T cmp.Ordered] struct{ m map[T]struct{} }

func NewSet[T cmp.Ordered](items ...T) *Set[T] {
	s := &Set[T]{m: make(map[T]struct{}, len(items))}
	for _, it := range items {
		s.Add(it)
	}
	return s
}

func (s *Set[T]) Add(v T)      { s.m[v] = struct{}{} }
func (s *Set[T]) Has(v T) bool { _, ok := s.m[v]; return ok }
func (s *Set[T]) Len() int     { return len(s.m) }
func (s *Set[T]) Remove(v T)   { delete(s.m, v) }
func (s *Set[T]) Items() []T {
	return slices.Sorted(func(yield func(T) bool) {
		for k := range s.m {
			if !yield(k) {
				return
			}
		}
	})
}

func (s *Set[T]) Union(o *Set[T]) *Set[T] {
	r := NewSet(s.Items()...)
	for k := range o.m {
		r.Add(k)
	}
	return r
}

func (s *Set[T]) Intersect(o *Set[T]) *Set[T] {
	r := NewSet[T]()
	for k := range s.m {
		if o.Has(k) {
			r.Add(k)
		}
	}
	return r
}

func (s *Set[T]) String() string {
	parts := make([]string, 0, s.Len())
	for _, v := range s.Items() {
		parts = append(parts, fmt.Sprint(v))
	}
	return "{" + strings.Join(parts, " ") + "}"
}

func main() {
	a := NewSet(3, 1, 2)
	b := NewSet(2, 3, 4)
	fmt.Println(a, b, a.Union(b), a.Intersect(b))
	a.Remove(1)
	fmt.Println(a.Has(1), a.Has(2), a.Len())
	w := NewSet("pear", "apple")
	fmt.Printf("%v %s %d\n", w, w, w.Len())
	var st fmt.Stringer = w
	fmt.Println(st.String())
}
