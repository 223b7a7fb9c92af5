package main

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
)

type Person struct {
	Name string
	Age  int
}

func SortBy[T any, K cmp.Ordered](xs []T, key func(T) K) {
	sort.SliceStable(xs, func(i, j int) bool { return key(xs[i]) < key(xs[j]) })
}

func GroupBy[T any, K comparable](xs []T, key func(T) K) map[K][]T {
	m := map[K][]T{}
	for _, x := range xs {
		k := key(x)
		m[k] = append(m[k], x)
	}
	return m
}

func main() {
	people := []Person{{"Ann", 30}, {"Bob", 25}, {"Cid", 30}, {"Dee", 22}}
	SortBy(people, func(p Person) int { return p.Age })
	fmt.Println(people)
	SortBy(people, func(p Person) string { return p.Name })
	fmt.Println(people[0], people[3])
	g := GroupBy(people, func(p Person) int { return p.Age })
	keys := make([]int, 0, len(g))
	for k := range g {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		fmt.Println(k, len(g[k]), g[k][0].Name)
	}
	i, found := slices.BinarySearchFunc(people, "Cid", func(p Person, name string) int { return cmp.Compare(p.Name, name) })
	fmt.Println(i, found)
	fmt.Println(slices.MaxFunc(people, func(a, b Person) int { return cmp.Compare(a.Age, b.Age) }))
}
