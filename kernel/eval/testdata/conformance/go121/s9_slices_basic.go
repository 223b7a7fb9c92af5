package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type person struct {
	name string
	age  int
}

func main() {
	s := []int{5, 2, 8, 2, 9, 1, 5, 5}
	slices.Sort(s)
	fmt.Println(s)
	i, found := slices.BinarySearch(s, 8)
	fmt.Println(i, found)
	i, found = slices.BinarySearch(s, 3)
	fmt.Println(i, found)
	fmt.Println(slices.Index(s, 5), slices.Contains(s, 7))
	s = slices.Compact(s)
	fmt.Println(s)
	s = slices.Insert(s, 1, 100, 200)
	fmt.Println(s)
	s = slices.Delete(s, 1, 3)
	fmt.Println(s)
	slices.Reverse(s)
	fmt.Println(s, slices.Max(s), slices.Min(s))
	fmt.Println(slices.Equal(s, []int{9, 8, 5, 2, 1}))
	fmt.Println(slices.IndexFunc(s, func(v int) bool { return v < 5 }))

	people := []person{{"Alice", 30}, {"bob", 25}, {"Carol", 30}, {"dave", 25}}
	slices.SortStableFunc(people, func(a, b person) int { return cmp.Compare(a.age, b.age) })
	fmt.Println(people)
	slices.SortFunc(people, func(a, b person) int {
		return strings.Compare(strings.ToLower(a.name), strings.ToLower(b.name))
	})
	fmt.Println(people)
	idx, ok := slices.BinarySearchFunc(people, "carol", func(p person, t string) int {
		return strings.Compare(strings.ToLower(p.name), t)
	})
	fmt.Println(idx, ok)
	fmt.Println(slices.ContainsFunc(people, func(p person) bool { return p.age > 29 }))
	c := slices.Clone(s)
	c[0] = -1
	fmt.Println(s[0], c[0])
	g := slices.Grow([]int{1}, 10)
	fmt.Println(len(g), cap(g) >= 11)
	fmt.Println(slices.Clip(g[:1:5]), cap(slices.Clip(g[:1:5])))
	fmt.Println(slices.Replace([]string{"a", "b", "c", "d"}, 1, 3, "X"))
	fmt.Println(slices.IsSorted([]int{1, 2, 2, 3}), slices.IsSortedFunc([]int{3, 2}, cmp.Compare[int]))
	fmt.Println(slices.Compare([]int{1, 2}, []int{1, 3}), slices.MinFunc(people, func(a, b person) int { return cmp.Compare(a.age, b.age) }))
}
