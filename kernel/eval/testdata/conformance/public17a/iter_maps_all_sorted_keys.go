package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
)

func SortedByValue[K comparable, V int | float64](m map[K]V) iter.Seq2[K, V] {
	keys := slices.Collect(maps.Keys(m))
	slices.SortFunc(keys, func(a, b K) int {
		switch {
		case m[a] < m[b]:
			return -1
		case m[a] > m[b]:
			return 1
		}
		return 0
	})
	return func(yield func(K, V) bool) {
		for _, k := range keys {
			if !yield(k, m[k]) {
				return
			}
		}
	}
}

func main() {
	scores := map[string]int{"ann": 90, "bob": 72, "cy": 85}
	for k, v := range SortedByValue(scores) {
		fmt.Println(k, v)
	}
	clone := maps.Clone(scores)
	clone["dee"] = 60
	maps.DeleteFunc(clone, func(k string, v int) bool { return v > 80 })
	fmt.Println(slices.Sorted(maps.Keys(clone)), len(scores))
	fmt.Println(maps.Equal(scores, maps.Clone(scores)), maps.EqualFunc(scores, clone, func(a, b int) bool { return true }))
	copyTo := map[string]int{"zed": 1}
	maps.Copy(copyTo, scores)
	fmt.Println(len(copyTo))
	for k, v := range maps.All(map[int]int{1: 2}) {
		fmt.Println(k, v)
	}
}
