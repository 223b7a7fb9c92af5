package main

import (
	"fmt"
	"sort"
)

type Vertex struct {
	Lat, Long float64
}

func main() {
	m := map[string]Vertex{
		"Bell Labs": {40.68433, -74.39967},
		"Google":    {37.42202, -122.08408},
	}
	v := m["Google"]
	v.Lat = 0
	fmt.Println(m["Google"].Lat != 0)
	m["Google"] = v
	fmt.Println(m)
	counts := map[rune]int{}
	for _, r := range "hello, world" {
		counts[r]++
	}
	keys := make([]rune, 0, len(counts))
	for r := range counts {
		keys = append(keys, r)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	for _, k := range keys {
		fmt.Printf("%q:%d ", k, counts[k])
	}
	fmt.Println()
	nested := map[string]map[string]int{}
	add := func(a, b string) {
		if nested[a] == nil {
			nested[a] = map[string]int{}
		}
		nested[a][b]++
	}
	add("x", "y")
	add("x", "y")
	add("z", "w")
	fmt.Println(nested, len(nested["none"]))
	type key struct{ a, b int }
	grid := map[key]string{{1, 2}: "p", {0, 0}: "o"}
	fmt.Println(grid[key{1, 2}], grid)
	for k := range m {
		delete(m, k)
	}
	fmt.Println(len(m))
}
