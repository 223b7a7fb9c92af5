package main

import (
	"fmt"
	"iter"
	"slices"
	"strings"
)

type Collection[T any] interface {
	Add(T)
	Len() int
	All() iter.Seq[T]
}

type Sorted[T any] interface {
	Collection[T]
	Min() (T, bool)
}

type SliceBag[T any] struct{ items []T }

func (b *SliceBag[T]) Add(v T)          { b.items = append(b.items, v) }
func (b *SliceBag[T]) Len() int         { return len(b.items) }
func (b *SliceBag[T]) All() iter.Seq[T] { return slices.Values(b.items) }

type SortedBag[T any] struct {
	SliceBag[T]
	cmp func(a, b T) int
}

func (s *SortedBag[T]) Add(v T) {
	i, _ := slices.BinarySearchFunc(s.items, v, s.cmp)
	s.items = slices.Insert(s.items, i, v)
}

func (s *SortedBag[T]) Min() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	return s.items[0], true
}

func AddAll[T any](c Collection[T], vs ...T) Collection[T] {
	for _, v := range vs {
		c.Add(v)
	}
	return c
}

func Join[T any](c Collection[T], sep string) string {
	var parts []string
	for v := range c.All() {
		parts = append(parts, fmt.Sprint(v))
	}
	return strings.Join(parts, sep)
}

func main() {
	bag := AddAll[int](&SliceBag[int]{}, 5, 1, 4)
	sorted := &SortedBag[string]{cmp: strings.Compare}
	AddAll[string](sorted, "pear", "apple", "fig")
	fmt.Println(Join(bag, ","), bag.Len())
	fmt.Println(Join[string](sorted, " < "), sorted.Len())
	var s Sorted[string] = sorted
	m, ok := s.Min()
	fmt.Println(m, ok)
	var c Collection[string] = s
	if sb, ok := c.(Sorted[string]); ok {
		v, _ := sb.Min()
		fmt.Println("still sorted:", v)
	}
	_, isSorted := Collection[int](bag).(Sorted[int])
	fmt.Println(isSorted)
	add := sorted.Add
	add("banana")
	fmt.Println(Join[string](sorted, " "))
}
