package main

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
)

func SortBy[T any, K cmp.Ordered](xs []T, key func(T) K) {
	slices.SortStableFunc(xs, func(a, b T) int { return cmp.Compare(key(a), key(b)) })
}

type byKey[T any] struct {
	xs   []T
	less func(a, b T) bool
}

func (b byKey[T]) Len() int           { return len(b.xs) }
func (b byKey[T]) Less(i, j int) bool { return b.less(b.xs[i], b.xs[j]) }
func (b byKey[T]) Swap(i, j int)      { b.xs[i], b.xs[j] = b.xs[j], b.xs[i] }

type City struct {
	Name string
	Pop  int
}

func main() {
	cs := []City{{"Oslo", 700}, {"Rome", 2800}, {"Bern", 130}, {"Lima", 700}}
	SortBy(cs, func(c City) int { return c.Pop })
	fmt.Println(cs)
	SortBy(cs, func(c City) string { return c.Name })
	fmt.Println(cs)
	sort.Sort(byKey[City]{cs, func(a, b City) bool { return a.Pop > b.Pop }})
	fmt.Println(cs[0].Name, sort.IsSorted(byKey[City]{cs, func(a, b City) bool { return a.Pop > b.Pop }}))
}
