package main

import (
	"fmt"
	"sort"
)

func main() {
	m := map[int]string{1: "a", 2: "b", 3: "c", 4: "d"}
	// Deleting entries not yet reached is allowed; they are not produced.
	for k := range m {
		if k%2 == 0 {
			delete(m, k)
		}
	}
	keys := make([]int, 0)
	for k := range m {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	fmt.Println(keys)
	sum := 0
	for _, v := range map[string]int{"x": 1, "y": 2, "z": 3} {
		sum += v
	}
	fmt.Println(sum)
	var nilMap map[string]int
	for range nilMap {
		fmt.Println("never")
	}
	fmt.Println("done")
}
