package main

import (
	"fmt"
	"sort"
)

func main() {
	// Entries added during a range may or may not be visited: only the
	// final contents are deterministic.
	m := map[int]int{1: 1, 2: 2, 3: 3}
	for k, v := range m {
		if k < 100 {
			m[k+100] = v * 10
		}
	}
	var keys []int
	for k := range m {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	fmt.Println(len(m) >= 6, keys[:3])
	// Maps are references: a copy of the variable shares the table.
	a := map[string]int{"x": 1}
	b := a
	b["y"] = 2
	fmt.Println(len(a), a["y"])
	// Counting words with the zero value.
	count := map[string]int{}
	for _, w := range []string{"a", "b", "a", "c", "a"} {
		count[w]++
	}
	fmt.Println(count)
	groups := map[bool][]int{}
	for i := 0; i < 6; i++ {
		groups[i%2 == 0] = append(groups[i%2 == 0], i)
	}
	fmt.Println(groups[true], groups[false])
}
