package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
)

func main() {
	s := []int{3, 1, 2}
	slices.Sort(s)
	fmt.Println(s, slices.Index(s, 2), slices.Equal(s, []int{1, 2, 3}), slices.Max(s))
	m := map[string]int{"b": 2, "a": 1, "c": 3}
	keys := slices.Sorted(maps.Keys(m))
	fmt.Println(keys)
	c := maps.Clone(m)
	fmt.Println(maps.Equal(m, c))
	c["d"] = 4
	fmt.Println(maps.Equal(m, c), len(c))
	fmt.Println(cmp.Compare(1, 2), cmp.Compare("b", "a"), cmp.Compare(2.0, 2.0))
}
