// A generic interface type (Container[T]) with several generic
// implementations, used as a value type, in slices, type switches over
// instances, and a function taking any Container[T].
package main

import (
	"fmt"
	"iter"
	"slices"
)

type Container[T any] interface {
	Put(T)
	Len() int
	All() iter.Seq[T]
}

type Stack[T any] struct{ xs []T }

func (s *Stack[T]) Put(v T)  { s.xs = append(s.xs, v) }
func (s *Stack[T]) Len() int { return len(s.xs) }
func (s *Stack[T]) All() iter.Seq[T] {
	return func(yield func(T) bool) {
		for i := len(s.xs) - 1; i >= 0; i-- {
			if !yield(s.xs[i]) {
				return
			}
		}
	}
}

type Bag[T comparable] struct{ m map[T]int }

func (b *Bag[T]) Put(v T) {
	if b.m == nil {
		b.m = map[T]int{}
	}
	b.m[v]++
}
func (b *Bag[T]) Len() int { return len(b.m) }
func (b *Bag[T]) All() iter.Seq[T] {
	return func(yield func(T) bool) {
		keys := make([]T, 0, len(b.m))
		for k := range b.m {
			keys = append(keys, k)
		}
		slices.SortFunc(keys, func(a, b T) int { return compareAny(a, b) })
		for _, k := range keys {
			if !yield(k) {
				return
			}
		}
	}
}

func compareAny[T any](a, b T) int {
	return cmpString(fmt.Sprint(a), fmt.Sprint(b))
}

func cmpString(a, b string) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func Fill[T any](c Container[T], vs ...T) Container[T] {
	for _, v := range vs {
		c.Put(v)
	}
	return c
}

func Describe[T any](c Container[T]) string {
	switch c := c.(type) {
	case *Stack[T]:
		return fmt.Sprintf("stack of %d", len(c.xs))
	default:
		return fmt.Sprintf("%T", c)
	}
}

func main() {
	cs := []Container[string]{&Stack[string]{}, &Bag[string]{}}
	for _, c := range cs {
		Fill(c, "b", "a", "b", "c")
		fmt.Println(Describe(c), c.Len(), slices.Collect(c.All()))
		if b, ok := c.(*Bag[string]); ok {
			fmt.Println("bag counts:", b.m["b"], b.m["a"])
		}
	}
	ints := Fill[int](&Bag[int]{}, 3, 1, 3)
	fmt.Println(Describe(ints), slices.Collect(ints.All()))
	_, isStack := ints.(*Stack[int])
	fmt.Println(isStack)
}
