package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

func main() {
	type emp struct {
		Name string
		Dept string
		Pay  int
	}
	es := []emp{{"ann", "eng", 120}, {"bob", "ops", 90}, {"cy", "eng", 120}, {"di", "ops", 95}, {"ed", "eng", 100}}
	slices.SortStableFunc(es, func(a, b emp) int {
		return cmp.Or(strings.Compare(a.Dept, b.Dept), cmp.Compare(b.Pay, a.Pay))
	})
	fmt.Println(es)
	i, ok := slices.BinarySearchFunc(es, "ops", func(e emp, d string) int { return strings.Compare(e.Dept, d) })
	fmt.Println(i, ok)
	ns := []int{5, 2, 8, 2, 9, 1}
	s := slices.Sorted(slices.Values(ns))
	fmt.Println(s, ns, slices.Compact(slices.Clone(s)))
	fmt.Println(slices.BinarySearch(s, 2))
	fmt.Println(slices.BinarySearch([]int{}, 3))
	fmt.Println(slices.BinarySearch(s, 7))
	fmt.Println(cmp.Or(0, 0, 3, 4), cmp.Or("", "x"), cmp.Less(1.0, 2.0), cmp.Compare("b", "a"))
	idx := slices.IndexFunc(es, func(e emp) bool { return e.Pay < 95 })
	fmt.Println(idx, es[idx].Name)
	es2 := slices.DeleteFunc(slices.Clone(es), func(e emp) bool { return e.Dept == "ops" })
	fmt.Println(len(es2), len(es))
	g := slices.Grow([]int{1}, 10)
	fmt.Println(len(g), cap(g) >= 11)
	words := strings.Fields("b a c a b")
	slices.Sort(words)
	fmt.Println(slices.Compact(words))
}
