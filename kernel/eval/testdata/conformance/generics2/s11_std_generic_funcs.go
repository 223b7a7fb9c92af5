// Generic functions of the standard library used as values and with
// inference from func arguments (slices.SortFunc(xs, cmp.Compare),
// slices.IndexFunc, maps.Keys chained into slices.Sorted), builtins
// min, max and clear on type parameters, and range over an integer of a
// type parameter type.
package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Person struct {
	Name string
	Age  int
}

func SortedBy[T any, K cmp.Ordered](xs []T, key func(T) K) []T {
	out := slices.Clone(xs)
	slices.SortStableFunc(out, func(a, b T) int { return cmp.Compare(key(a), key(b)) })
	return out
}

func Bounds[T cmp.Ordered](xs ...T) (lo, hi T) {
	lo, hi = xs[0], xs[0]
	for _, x := range xs[1:] {
		lo, hi = min(lo, x), max(hi, x)
	}
	return
}

func Reset[M ~map[K]V, K comparable, V any](m M) int {
	n := len(m)
	clear(m)
	return n
}

func Repeat[N ~int, T any](n N, v T) []T {
	var out []T
	for range n {
		out = append(out, v)
	}
	return out
}

func main() {
	xs := []string{"pear", "Fig", "apple"}
	slices.SortFunc(xs, strings.Compare)
	fmt.Println(xs)
	ns := []int{5, 2, 9}
	slices.SortFunc(ns, cmp.Compare[int])
	fmt.Println(ns, slices.IndexFunc(ns, func(n int) bool { return n > 4 }))
	people := []Person{{"Ann", 41}, {"Bob", 25}, {"Cy", 33}}
	fmt.Println(SortedBy(people, func(p Person) int { return p.Age }))
	fmt.Println(SortedBy(people, func(p Person) string { return p.Name })[0])
	m := map[string]int{"b": 2, "a": 1, "c": 3}
	fmt.Println(slices.Sorted(maps.Keys(m)), slices.Collect(maps.Values(map[int]int{1: 10})))
	lo, hi := Bounds(3, 1, 4, 1, 5)
	fmt.Println(lo, hi)
	fmt.Println(Bounds("m", "a", "z"))
	fmt.Println(Reset(m), len(m))
	type Count int
	fmt.Println(Repeat(Count(3), "x"), len(Repeat(0, 1.5)))
	idx, found := slices.BinarySearchFunc(people, 33, func(p Person, age int) int { return cmp.Compare(p.Age, age) })
	fmt.Println(idx, found)
}
