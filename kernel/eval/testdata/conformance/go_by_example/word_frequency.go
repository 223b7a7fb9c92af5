package main

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
)

func main() {
	text := "The quick brown fox. The lazy dog! the end, fox."
	counts := map[string]int{}
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r)
	}) {
		counts[w]++
	}
	type kv struct {
		k string
		v int
	}
	var list []kv
	for k, v := range counts {
		list = append(list, kv{k, v})
	}
	slices.SortFunc(list, func(a, b kv) int {
		if a.v != b.v {
			return b.v - a.v
		}
		return strings.Compare(a.k, b.k)
	})
	for _, e := range list[:4] {
		fmt.Printf("%-6s %d\n", e.k, e.v)
	}
}
