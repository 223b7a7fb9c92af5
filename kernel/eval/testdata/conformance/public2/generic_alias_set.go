package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"sort"
)

type Set[T comparable] = map[T]struct{}

func Of[T comparable](xs ...T) Set[T] {
	s := Set[T]{}
	for _, x := range xs {
		s[x] = struct{}{}
	}
	return s
}

type OrderedSet[T interface {
	comparable
	~int | ~string
}] struct {
	m     map[T]bool
	order []T
}

func (s *OrderedSet[T]) Add(v T) bool {
	if s.m == nil {
		s.m = map[T]bool{}
	}
	if s.m[v] {
		return false
	}
	s.m[v] = true
	s.order = append(s.order, v)
	return true
}

func (s *OrderedSet[T]) All() iter.Seq[T] {
	return slices.Values(s.order)
}

func Union[T comparable](a, b Set[T]) Set[T] {
	r := maps.Clone(a)
	maps.Copy(r, b)
	return r
}

func main() {
	a := Of(1, 2, 3)
	b := Of(3, 4)
	u := Union(a, b)
	keys := slices.Collect(maps.Keys(u))
	sort.Ints(keys)
	fmt.Println(keys, len(u))
	_, ok := u[4]
	fmt.Println(ok)
	var os OrderedSet[string]
	for _, w := range []string{"b", "a", "b", "c", "a"} {
		os.Add(w)
	}
	for v := range os.All() {
		fmt.Print(v, " ")
	}
	fmt.Println()
	fmt.Printf("%T\n", a)
}
