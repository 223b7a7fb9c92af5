package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

func main() {
	inventory := map[string]int{"apple": 3, "pear": 0, "plum": 7}
	extra := map[string]int{"fig": 2, "apple": 10}
	maps.Insert(inventory, maps.All(extra))
	keys := slices.Sorted(maps.Keys(inventory))
	for _, k := range keys {
		fmt.Printf("%s:%d ", k, inventory[k])
	}
	fmt.Println()
	vals := slices.Sorted(maps.Values(inventory))
	fmt.Println(vals)

	clone := maps.Clone(inventory)
	maps.DeleteFunc(clone, func(k string, v int) bool { return v == 0 || strings.HasPrefix(k, "p") })
	fmt.Println(len(clone), maps.Equal(clone, inventory), clone)

	lengths := maps.Collect(func(yield func(string, int) bool) {
		for _, w := range []string{"go", "rust", "zig", "go"} {
			if !yield(w, len(w)) {
				return
			}
		}
	})
	fmt.Println(lengths)

	index := map[int][]string{}
	for w, n := range maps.All(lengths) {
		index[n] = append(index[n], w)
	}
	for _, n := range slices.Sorted(maps.Keys(index)) {
		ws := index[n]
		slices.Sort(ws)
		fmt.Println(n, ws)
	}
	clear(inventory)
	fmt.Println(len(inventory), inventory == nil)
	fmt.Println(maps.EqualFunc(map[string]int{"a": 1}, map[string]string{"a": "1"}, func(i int, s string) bool { return fmt.Sprint(i) == s }))
}
