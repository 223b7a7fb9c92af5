package main

import (
	"fmt"
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
func (s Set[T]) Union(o Set[T]) Set[T] {
	r := Set[T]{}
	for k := range s {
		r.Add(k)
	}
	for k := range o {
		r.Add(k)
	}
	return r
}

type Pair[A, B any] struct {
	First  A
	Second B
}

func (p Pair[A, B]) Swap() Pair[B, A] { return Pair[B, A]{p.Second, p.First} }

func main() {
	a := NewSet(1, 2, 3)
	b := NewSet(3, 4)
	u := a.Union(b)
	keys := []int{}
	for k := range u {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	fmt.Println(keys, u.Has(4), a.Has(4), len(u))
	p := Pair[string, int]{"x", 1}
	fmt.Printf("%+v %+v\n", p, p.Swap())
	fmt.Printf("%T\n", p.Swap())
}
