package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

func Map[T, U any](seq iter.Seq[T], f func(T) U) iter.Seq[U] {
	return func(yield func(U) bool) {
		for v := range seq {
			if !yield(f(v)) {
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

func GroupBy[T any, K comparable](seq iter.Seq[T], key func(T) K) map[K][]T {
	m := map[K][]T{}
	for v := range seq {
		k := key(v)
		m[k] = append(m[k], v)
	}
	return m
}

func main() {
	words := strings.Fields("apple avocado banana blueberry cherry apricot")
	long := Filter(slices.Values(words), func(s string) bool { return len(s) > 5 })
	upper := Map(long, strings.ToUpper)
	fmt.Println(slices.Collect(upper))
	g := GroupBy(slices.Values(words), func(s string) byte { return s[0] })
	for _, k := range slices.Sorted(maps.Keys(g)) {
		fmt.Printf("%c: %v\n", k, g[k])
	}
	lens := slices.Collect(Map(slices.Values(words), func(s string) int { return len(s) }))
	fmt.Println(lens, slices.Max(lens), slices.Index(lens, 6))
}
