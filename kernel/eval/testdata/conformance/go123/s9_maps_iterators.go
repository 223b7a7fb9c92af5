package main

import (
	"fmt"
	"maps"
	"slices"
)

func main() {
	m := map[string]int{"one": 1, "two": 2, "three": 3}
	keys := slices.Collect(maps.Keys(m))
	slices.Sort(keys)
	fmt.Println(keys)
	sum := 0
	for v := range maps.Values(m) {
		sum += v
	}
	fmt.Println(sum)
	inv := map[int]string{}
	for k, v := range maps.All(m) {
		inv[v] = k
	}
	fmt.Println(inv)
	maps.Insert(m, maps.All(map[string]int{"four": 4}))
	fmt.Println(len(m), m["four"])
	squares := maps.Collect(func(yield func(int, int) bool) {
		for i := range 4 {
			if !yield(i, i*i) {
				return
			}
		}
	})
	fmt.Println(squares)
	for _, k := range slices.Sorted(maps.Keys(m)) {
		fmt.Print(k, "=", m[k], " ")
	}
	fmt.Println()
}
