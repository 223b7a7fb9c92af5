package main

import (
	"fmt"
	"slices"
	"strings"
)

func main() {
	s := []int{3, 1, 4, 1, 5, 9, 2, 6}
	fmt.Println(slices.Contains(s, 9), slices.Index(s, 1), slices.Min(s), slices.Max(s))
	c := slices.Clone(s)
	slices.Sort(c)
	fmt.Println(c, s[0])
	i, found := slices.BinarySearch(c, 5)
	fmt.Println(i, found)
	c = slices.Compact(c)
	fmt.Println(c)
	fmt.Println(len(slices.Insert([]int{1, 2}, 1, 9, 8)))
	r := slices.Clone(c)
	slices.Reverse(r)
	fmt.Println(r, slices.Equal(r, c))
	fmt.Println(slices.Delete([]int{0, 1, 2, 3}, 1, 3), slices.Concat([]int{1}, []int{2, 3}), slices.Repeat([]string{"a"}, 3))
	words := []string{"Banana", "apple", "Cherry"}
	slices.SortFunc(words, func(a, b string) int { return strings.Compare(strings.ToLower(a), strings.ToLower(b)) })
	fmt.Println(words, slices.IndexFunc(words, func(w string) bool { return w[0] == 'C' }))
}
