package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
)

func main() {
	s := []string{"pear", "fig", "apple", "kiwi"}
	for i, v := range slices.All(s) {
		fmt.Print(i, ":", v, " ")
	}
	fmt.Println()
	for i, v := range slices.Backward(s) {
		fmt.Print(i, ":", v, " ")
	}
	fmt.Println()
	fmt.Println(slices.Collect(slices.Values(s)))
	fmt.Println(slices.AppendSeq([]string{"start"}, slices.Values(s[:2])))
	fmt.Println(slices.Sorted(slices.Values(s)))
	fmt.Println(slices.SortedFunc(slices.Values(s), func(a, b string) int {
		return cmp.Or(cmp.Compare(len(a), len(b)), strings.Compare(a, b))
	}))
	fmt.Println(slices.SortedStableFunc(slices.Values(s), func(a, b string) int { return cmp.Compare(len(a), len(b)) }))
	for c := range slices.Chunk([]int{1, 2, 3, 4, 5}, 2) {
		fmt.Print(c, " ")
	}
	fmt.Println()
	fmt.Println(slices.Repeat([]int{1, 2}, 3))
	m := map[string]int{"b": 2, "a": 1, "c": 3}
	fmt.Println(slices.Sorted(maps.Keys(m)), slices.Sorted(maps.Values(m)))
	idx := maps.Collect(slices.All([]string{"zero", "one"}))
	fmt.Println(idx)
}
