package main

import (
	"fmt"
	"slices"
	"strings"
)

func main() {
	s := []int{3, 1, 4, 1, 5, 9, 2, 6}
	fmt.Println(slices.Contains(s, 9), slices.Index(s, 1), slices.IndexFunc(s, func(x int) bool { return x > 4 }))
	c := slices.Clone(s)
	slices.Sort(c)
	fmt.Println(c, slices.Compact(c), s)
	fmt.Println(slices.Insert([]int{1, 2}, 1, 9, 8), slices.Delete([]int{0, 1, 2, 3}, 1, 3))
	fmt.Println(slices.Replace([]int{0, 1, 2}, 0, 2, 7), slices.Equal(s, c), slices.Compare([]int{1, 2}, []int{1, 3}))
	r := slices.Clone(s)
	slices.Reverse(r)
	fmt.Println(r, slices.Min(s), slices.Max(s))
	fmt.Println(slices.Repeat([]string{"a"}, 3), slices.Concat([]int{1}, nil, []int{2, 3}))
	g := slices.Grow([]int{1}, 10)
	fmt.Println(len(g), cap(g) >= 11)
	fmt.Println(slices.ContainsFunc([]string{"Go"}, func(s string) bool { return strings.EqualFold(s, "GO") }))
	words := []string{"b", "a", "c"}
	idx, found := slices.BinarySearch(slices.Sorted(slices.Values(words)), "b")
	fmt.Println(idx, found, slices.DeleteFunc([]int{1, 2, 3, 4}, func(x int) bool { return x%2 == 0 }))
	fmt.Println(slices.Clip(make([]int, 2, 10)), cap(slices.Clip(make([]int, 2, 10))))
	fmt.Println(slices.CompactFunc([]string{"a", "A", "b"}, strings.EqualFold))
}
