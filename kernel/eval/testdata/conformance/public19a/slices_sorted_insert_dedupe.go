package main

import (
	"fmt"
	"slices"
	"strings"
)

type SortedSet[T interface{ ~int | ~string }] struct{ xs []T }

func (s *SortedSet[T]) Add(vs ...T) int {
	added := 0
	for _, v := range vs {
		i, found := slices.BinarySearch(s.xs, v)
		if !found {
			s.xs = slices.Insert(s.xs, i, v)
			added++
		}
	}
	return added
}

func (s *SortedSet[T]) Remove(v T) bool {
	i, found := slices.BinarySearch(s.xs, v)
	if found {
		s.xs = slices.Delete(s.xs, i, i+1)
	}
	return found
}

func (s SortedSet[T]) Union(o SortedSet[T]) SortedSet[T] {
	out := SortedSet[T]{slices.Clone(s.xs)}
	out.Add(o.xs...)
	return out
}

func (s SortedSet[T]) Intersect(o SortedSet[T]) SortedSet[T] {
	var out SortedSet[T]
	for _, v := range s.xs {
		if _, ok := slices.BinarySearch(o.xs, v); ok {
			out.xs = append(out.xs, v)
		}
	}
	return out
}

func (s SortedSet[T]) String() string {
	parts := make([]string, len(s.xs))
	for i, v := range s.xs {
		parts[i] = fmt.Sprint(v)
	}
	return "{" + strings.Join(parts, " ") + "}"
}

func main() {
	var a SortedSet[int]
	fmt.Println(a.Add(5, 3, 9, 3, 1, 5), a)
	var b SortedSet[int]
	b.Add(9, 2, 3, 10)
	fmt.Println(a.Union(b), a.Intersect(b), a, b)
	fmt.Println(a.Remove(3), a.Remove(42), a)
	var w SortedSet[string]
	w.Add(strings.Fields("the cat sat on the mat the end")...)
	fmt.Println(w, len(w.xs))
	raw := []int{4, 1, 4, 2, 1, 3, 2}
	dedup := slices.Compact(slices.Sorted(slices.Values(raw)))
	fmt.Println(dedup, raw)
	s := []int{1, 2, 3, 4, 5, 6}
	s = slices.DeleteFunc(s, func(x int) bool { return x%3 == 0 })
	fmt.Println(s, len(s), cap(s))
	fmt.Println(slices.Equal(slices.Repeat([]int{0}, 3), make([]int, 3)))
	idx := slices.Index(w.xs, "sat")
	fmt.Println(idx, slices.Contains(w.xs, "dog"))
	fmt.Printf("%v %T\n", a, a)
}
