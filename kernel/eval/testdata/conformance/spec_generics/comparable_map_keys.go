package main

import (
	"fmt"
	"slices"
)

func Keys[K comparable, V any](m map[K]V) []K {
	out := make([]K, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}

func Count[T comparable](xs []T) map[T]int {
	m := map[T]int{}
	for _, x := range xs {
		m[x]++
	}
	return m
}

func main() {
	k := Keys(map[string]bool{"z": true, "a": false})
	slices.Sort(k)
	fmt.Println(k)
	c := Count([]string{"a", "b", "a"})
	fmt.Println(c)
	type pt struct{ x, y int }
	fmt.Println(Count([]pt{{1, 2}, {1, 2}, {0, 0}}))
}
