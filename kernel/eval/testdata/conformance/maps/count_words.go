package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
)

func main() {
	text := "the quick brown fox jumps over the lazy dog the fox"
	counts := map[string]int{}
	for _, w := range strings.Fields(text) {
		counts[w]++
	}
	type kv struct {
		k string
		v int
	}
	var list []kv
	for k, v := range maps.All(counts) {
		list = append(list, kv{k, v})
	}
	slices.SortFunc(list, func(a, b kv) int {
		return cmp.Or(cmp.Compare(b.v, a.v), strings.Compare(a.k, b.k))
	})
	for _, e := range list[:4] {
		fmt.Printf("%-6s %d\n", e.k, e.v)
	}
	fmt.Println(counts)
}
