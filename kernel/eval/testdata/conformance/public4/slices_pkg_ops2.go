package main

import (
	"fmt"
	"slices"
	"strings"
)

func main() {
	s := []int{1, 2, 3, 4, 5, 6}
	s = slices.Insert(s, 2, 100, 200)
	fmt.Println(s)
	s = slices.Delete(s, 0, 1)
	fmt.Println(s)
	s = slices.DeleteFunc(s, func(x int) bool { return x%2 == 0 && x < 100 })
	fmt.Println(s)
	fmt.Println(slices.Contains(s, 5), slices.Index(s, 200), slices.IndexFunc(s, func(x int) bool { return x > 150 }))
	r := slices.Clone(s)
	slices.Reverse(r)
	fmt.Println(r, s, slices.Equal(r, s))
	fmt.Println(slices.Max(s), slices.Min(s))
	ch := slices.Chunk([]string{"a", "b", "c", "d", "e"}, 2)
	for c := range ch {
		fmt.Print(c, len(c), cap(c), " ")
	}
	fmt.Println()
	fmt.Println(slices.Repeat([]string{"x", "y"}, 3))
	fmt.Println(slices.Concat([]int{1}, nil, []int{2, 3}))
	words := strings.Fields("b a c a b")
	slices.Sort(words)
	fmt.Println(slices.Compact(words), slices.IsSorted(words))
	g := slices.Grow([]int{1}, 10)
	fmt.Println(len(g), cap(g) >= 11)
	fmt.Println(slices.Replace([]int{1, 2, 3, 4}, 1, 3, 9))
	idx, ok := slices.BinarySearch([]string{"a", "c", "e"}, "d")
	fmt.Println(idx, ok)
	fmt.Println(slices.CompareFunc([]int{1, 2}, []int{1, 3}, func(a, b int) int { return a - b }))
	for i, v := range slices.All([]string{"p", "q"}) {
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	sorted := slices.SortedFunc(slices.Values([]string{"bb", "a", "ccc"}), func(a, b string) int { return len(b) - len(a) })
	fmt.Println(sorted)
	fmt.Println(slices.ContainsFunc(sorted, func(s string) bool { return strings.HasPrefix(s, "c") }))
	var nilS []int
	fmt.Println(slices.Clip(nilS) == nil, slices.Equal(nilS, []int{}))
	a2 := []int{1, 2, 3, 4, 5}
	b2 := a2[1:3:4]
	b2 = append(b2, 10)
	b2 = append(b2, 11)
	fmt.Println(a2, b2, len(b2), cap(b2) >= 4)
	copy(a2, []int{7, 7})
	fmt.Println(a2, copy(a2[3:], []int{8, 8, 8}))
}
