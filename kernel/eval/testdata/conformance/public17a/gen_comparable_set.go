package main

import (
	"fmt"
	"slices"
	"sort"
)

type Set[T comparable] map[T]struct{}

func NewSet[T comparable](items ...T) Set[T] {
	s := Set[T]{}
	for _, it := range items {
		s.Add(it)
	}
	return s
}

func (s Set[T]) Add(v T)      { s[v] = struct{}{} }
func (s Set[T]) Has(v T) bool { _, ok := s[v]; return ok }
func (s Set[T]) Len() int     { return len(s) }
func (s Set[T]) Union(o Set[T]) Set[T] {
	r := NewSet[T]()
	for k := range s {
		r.Add(k)
	}
	for k := range o {
		r.Add(k)
	}
	return r
}
func (s Set[T]) Intersect(o Set[T]) Set[T] {
	r := NewSet[T]()
	for k := range s {
		if o.Has(k) {
			r.Add(k)
		}
	}
	return r
}

type pt struct{ x, y int }

func main() {
	a := NewSet(1, 2, 3, 4)
	b := NewSet(3, 4, 5)
	u := a.Union(b)
	keys := make([]int, 0)
	for k := range u {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	fmt.Println(keys, a.Intersect(b).Len())
	ps := NewSet(pt{1, 2}, pt{1, 2}, pt{2, 1})
	fmt.Println(ps.Len(), ps.Has(pt{2, 1}))
	var ifs = NewSet[any](1, "1", 1.0, 1)
	fmt.Println(ifs.Len())
	ss := NewSet("b", "a")
	sk := []string{}
	for k := range ss {
		sk = append(sk, k)
	}
	slices.Sort(sk)
	fmt.Println(sk)
}
