package main

import (
	"fmt"
	"slices"
)

func main() {
	fmt.Println(slices.Repeat([]int{1, 2}, 3))
	for c := range slices.Chunk([]string{"a", "b", "c"}, 2) {
		fmt.Println(c, len(c), cap(c))
	}
	fmt.Println(slices.SortedStableFunc(slices.Values([]string{"bb", "a", "cc", "d"}), func(a, b string) int { return len(a) - len(b) }))
}
