package main

import (
	"fmt"
	"maps"
	"slices"
)

type Person struct {
	Name string
	Age  int
}

func main() {
	people := []Person{{"Gopher", 13}, {"Alice", 20}, {"Bob", 5}, {"Vera", 24}, {"Zac", 15}}
	for c := range slices.Chunk(people, 2) {
		fmt.Println(c)
	}
	seq := func(yield func(int) bool) {
		for i := 0; i < 5; i++ {
			if !yield(i * i) {
				return
			}
		}
	}
	fmt.Println(slices.Collect(seq))
	m := map[string]int{"b": 2, "a": 1, "c": 3}
	keys := slices.Sorted(maps.Keys(m))
	fmt.Println(keys)
	vals := slices.Sorted(maps.Values(m))
	fmt.Println(vals)
	for i, v := range slices.Backward([]string{"x", "y", "z"}) {
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	s := slices.AppendSeq([]int{100}, slices.Values([]int{1, 2}))
	fmt.Println(s)
	for i, v := range slices.All([]string{"p", "q"}) {
		fmt.Println(i, v)
	}
	fmt.Println(slices.SortedFunc(slices.Values([]int{3, 1, 2}), func(a, b int) int { return b - a }))
	fmt.Println(slices.Repeat([]int{0, 1}, 3))
}
