package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
)

func Backward[E any](s []E) iter.Seq2[int, E] {
	return func(yield func(int, E) bool) {
		for i := len(s) - 1; i >= 0; i-- {
			if !yield(i, s[i]) {
				return
			}
		}
	}
}

func main() {
	for i, x := range Backward([]string{"a", "b", "c"}) {
		fmt.Println(i, x)
	}
	m := map[string]int{"b": 2, "a": 1}
	for _, k := range slices.Sorted(maps.Keys(m)) {
		fmt.Println(k, m[k])
	}
}
