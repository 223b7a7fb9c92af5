package main

import (
	"fmt"
	"maps"
	"slices"
)

func main() {
	s := []string{"a", "b", "c"}
	for i, v := range slices.All(s) {
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	for i, v := range slices.Backward(s) {
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	up := slices.Collect(slices.Values([]int{3, 1, 2}))
	fmt.Println(up, slices.Sorted(slices.Values(up)))
	for ch := range slices.Chunk([]int{1, 2, 3, 4, 5}, 2) {
		fmt.Print(ch, " ")
	}
	fmt.Println()
	more := slices.AppendSeq([]int{0}, slices.Values([]int{7, 8}))
	fmt.Println(more)
	m := map[string]int{"x": 1, "y": 2}
	fmt.Println(slices.Sorted(maps.Values(m)), slices.SortedFunc(maps.Keys(m), func(a, b string) int { return -1 * compare(a, b) }))
}

func compare(a, b string) int {
	if a < b {
		return -1
	}
	if a > b {
		return 1
	}
	return 0
}
