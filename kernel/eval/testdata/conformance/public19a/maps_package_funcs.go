package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Inventory map[string]int

func main() {
	inv := Inventory{"apple": 5, "pear": 0, "fig": 2, "kiwi": 0}
	cl := maps.Clone(inv)
	maps.DeleteFunc(cl, func(k string, v int) bool { return v == 0 })
	fmt.Println(inv, cl, len(cl))
	fmt.Printf("%T %T\n", cl, maps.Clone(map[int]bool(nil)))
	fmt.Println(maps.Clone(map[int]bool(nil)) == nil)
	fmt.Println(maps.Equal(cl, Inventory{"apple": 5, "fig": 2}), maps.Equal(inv, cl))
	fmt.Println(maps.EqualFunc(map[string]string{"a": "X"}, map[string]string{"a": "x"}, strings.EqualFold))
	dst := map[string]int{"apple": 1, "new": 9}
	maps.Copy(dst, cl)
	fmt.Println(dst)
	keys := slices.Sorted(maps.Keys(inv))
	fmt.Println(keys)
	vals := slices.Sorted(maps.Values(inv))
	fmt.Println(vals)
	inverse := map[int][]string{}
	for k, v := range inv {
		inverse[v] = append(inverse[v], k)
	}
	for _, v := range inverse {
		slices.Sort(v)
	}
	fmt.Println(inverse)
	collected := maps.Collect(func(yield func(string, int) bool) {
		for i, w := range strings.Fields("one two three") {
			if !yield(w, i+1) {
				return
			}
		}
	})
	fmt.Println(collected)
	maps.Insert(collected, maps.All(map[string]int{"four": 4}))
	fmt.Println(len(collected), collected["four"])
	sortedPairs := []string{}
	for _, k := range slices.Sorted(maps.Keys(collected)) {
		sortedPairs = append(sortedPairs, fmt.Sprintf("%s=%d", k, collected[k]))
	}
	fmt.Println(strings.Join(sortedPairs, ","))
	type point struct{ x, y int }
	pm := map[point]string{{1, 2}: "a", {0, 0}: "o"}
	pk := slices.SortedFunc(maps.Keys(pm), func(a, b point) int { return (a.x + a.y) - (b.x + b.y) })
	fmt.Println(pk)
}
