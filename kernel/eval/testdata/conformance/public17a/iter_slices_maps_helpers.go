package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

func main() {
	m := map[string]int{"b": 2, "a": 1, "c": 3}
	keys := slices.Sorted(maps.Keys(m))
	fmt.Println(keys)
	vals := slices.Sorted(maps.Values(m))
	fmt.Println(vals)
	m2 := maps.Collect(slices.All([]string{"x", "y"}))
	fmt.Println(m2)
	inv := map[int]string{}
	maps.Insert(inv, func(yield func(int, string) bool) {
		for k, v := range m {
			if !yield(v, k) {
				return
			}
		}
	})
	fmt.Println(inv)
	s := slices.AppendSeq([]string{"start"}, slices.Values(keys))
	fmt.Println(s)
	for i, v := range slices.Backward(s) {
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	chunks := slices.Collect(slices.Chunk([]int{1, 2, 3, 4, 5}, 2))
	fmt.Println(chunks)
	sorted := slices.SortedFunc(slices.Values([]string{"Bob", "alice", "Carl"}), func(a, b string) int {
		return strings.Compare(strings.ToLower(a), strings.ToLower(b))
	})
	fmt.Println(sorted)
	fmt.Println(slices.SortedStableFunc(slices.Values([]int{5, 3, 4, 1}), func(a, b int) int { return a%2 - b%2 }))
}
