package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Sale struct {
	Region, Product string
	Amount          int
}

func main() {
	sales := []Sale{
		{"north", "apples", 10}, {"south", "pears", 5}, {"north", "pears", 7},
		{"east", "apples", 3}, {"north", "apples", 2}, {"south", "apples", 8},
	}
	byRegion := map[string]map[string]int{}
	for _, s := range sales {
		if byRegion[s.Region] == nil {
			byRegion[s.Region] = map[string]int{}
		}
		byRegion[s.Region][s.Product] += s.Amount
	}
	for _, r := range slices.Sorted(maps.Keys(byRegion)) {
		prods := byRegion[r]
		var parts []string
		for _, p := range slices.Sorted(maps.Keys(prods)) {
			parts = append(parts, fmt.Sprintf("%s=%d", p, prods[p]))
		}
		fmt.Println(r, strings.Join(parts, " "))
	}
	fmt.Println(byRegion)
	index := map[byte][]string{}
	for _, w := range strings.Fields("go gopher rust ruby c cpp zig") {
		index[w[0]] = append(index[w[0]], w)
	}
	fmt.Println(index)
	type key struct {
		a, b string
	}
	pairs := map[key]bool{}
	pairs[key{"x", "y"}] = true
	fmt.Println(pairs[key{"x", "y"}], pairs[key{"y", "x"}])
	counts := map[rune]int{}
	for _, r := range "mississippi" {
		counts[r]++
	}
	fmt.Println(counts)
	m := map[string][]int{}
	m["a"] = append(m["a"], 1, 2)
	v := m["a"]
	v[0] = 100
	fmt.Println(m)
	set := map[string]struct{}{}
	for _, s := range []string{"a", "b", "a"} {
		set[s] = struct{}{}
	}
	_, has := set["a"]
	fmt.Println(len(set), has)
	mm := map[any]int{1: 1, "1": 2, 1.0: 3, [2]int{1}: 4}
	fmt.Println(len(mm), mm[1], mm["1"], mm[1.0], mm[[2]int{1, 0}])
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		mm[[]int{1}] = 5
	}()
	fmt.Println(map[float64]string{2.5: "x", -1: "y"})
	fmt.Println(map[bool][]string{true: {"t"}, false: nil})
}
