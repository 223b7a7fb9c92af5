package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
)

func Fib() iter.Seq[int] {
	return func(yield func(int) bool) {
		a, b := 0, 1
		for {
			if !yield(a) {
				return
			}
			a, b = b, a+b
		}
	}
}

func Take[T any](seq iter.Seq[T], n int) iter.Seq[T] {
	return func(yield func(T) bool) {
		if n <= 0 {
			return
		}
		i := 0
		for v := range seq {
			if !yield(v) {
				return
			}
			i++
			if i == n {
				return
			}
		}
	}
}

func Filter[T any](seq iter.Seq[T], f func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range seq {
			if f(v) && !yield(v) {
				return
			}
		}
	}
}

func Enumerate[T any](s []T) iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		for i, v := range s {
			if !yield(i, v) {
				return
			}
		}
	}
}

func main() {
	fmt.Println(slices.Collect(Take(Fib(), 10)))
	even := Filter(Fib(), func(n int) bool { return n%2 == 0 })
	fmt.Println(slices.Collect(Take(even, 6)))
	for i, s := range Enumerate([]string{"x", "y", "z"}) {
		if i == 2 {
			break
		}
		fmt.Println(i, s)
	}
	m := map[string]int{"pear": 3, "apple": 1, "fig": 2}
	keys := slices.Sorted(maps.Keys(m))
	fmt.Println(keys)
	vals := slices.Sorted(maps.Values(m))
	fmt.Println(vals)
	for k, v := range maps.All(map[int]int{1: 1}) {
		fmt.Println(k, v)
	}
	fmt.Println(slices.Collect(slices.Values([]int{3, 1, 2})))
	idx := 0
	for v := range slices.Backward([]string{"a", "b", "c"}) {
		idx++
		fmt.Print(v, idx, ";")
	}
	fmt.Println()
}
