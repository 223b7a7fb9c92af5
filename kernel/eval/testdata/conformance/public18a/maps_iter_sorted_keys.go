package main

import (
	"fmt"
	"maps"
	"slices"
	"sort"
)

func main() {
	inv := map[string]int{"apple": 5, "pear": 0, "fig": 12, "kiwi": 3}
	keys := slices.Collect(maps.Keys(inv))
	sort.Strings(keys)
	fmt.Println(keys)
	for _, k := range slices.Sorted(maps.Keys(inv)) {
		fmt.Print(k, "=", inv[k], " ")
	}
	fmt.Println()
	byCount := slices.SortedFunc(maps.Keys(inv), func(a, b string) int { return inv[b] - inv[a] })
	fmt.Println(byCount)
	inverse := map[int][]string{}
	for k, v := range inv {
		inverse[v%2] = append(inverse[v%2], k)
	}
	for _, k := range slices.Sorted(maps.Keys(inverse)) {
		vs := inverse[k]
		slices.Sort(vs)
		fmt.Println(k, vs)
	}
	m2 := maps.Clone(inv)
	m2["apple"] = 6
	fmt.Println(maps.Equal(inv, m2), inv["apple"])
	var nilMap map[string]int
	fmt.Println(maps.Clone(nilMap) == nil, len(maps.Collect(maps.All(nilMap))))
	counts := map[rune]int{}
	for _, r := range "mississippi" {
		counts[r]++
	}
	fmt.Println(counts)
	type key struct{ a, b int }
	grid := map[key]bool{{1, 2}: true, {0, 0}: false}
	fmt.Println(grid, grid[key{1, 2}], grid[key{9, 9}])
	delete(grid, key{5, 5})
	v, ok := grid[key{0, 0}]
	fmt.Println(v, ok, len(grid))
}
