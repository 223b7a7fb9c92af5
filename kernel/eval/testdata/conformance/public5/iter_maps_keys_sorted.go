package main

import (
	"fmt"
	"maps"
	"slices"
	"sort"
	"strings"
)

type Inventory map[string]int

func (inv Inventory) Report() string {
	var sb strings.Builder
	for _, k := range slices.Sorted(maps.Keys(inv)) {
		fmt.Fprintf(&sb, "%-8s %3d\n", k, inv[k])
	}
	return sb.String()
}

func main() {
	inv := Inventory{"apple": 5, "pear": 0, "banana": 12, "kiwi": 3}
	fmt.Print(inv.Report())
	vals := slices.Sorted(maps.Values(inv))
	fmt.Println(vals)
	byCount := slices.SortedFunc(maps.Keys(inv), func(a, b string) int {
		if c := inv[b] - inv[a]; c != 0 {
			return c
		}
		return strings.Compare(a, b)
	})
	fmt.Println(byCount)
	clone := maps.Clone(inv)
	maps.DeleteFunc(clone, func(k string, v int) bool { return v == 0 })
	fmt.Println(len(inv), len(clone), maps.Equal(inv, clone))
	extra := map[string]int{"fig": 1, "apple": 50}
	maps.Copy(clone, extra)
	fmt.Println(clone)
	fmt.Println(maps.EqualFunc(map[string]int{"a": 1}, map[string]string{"a": "1"}, func(i int, s string) bool { return fmt.Sprint(i) == s }))
	collected := maps.Collect(maps.All(extra))
	fmt.Println(collected)
	inserted := map[int]string{}
	maps.Insert(inserted, slices.All([]string{"x", "y"}))
	fmt.Println(inserted)
	keys := make([]string, 0, len(inv))
	for k := range inv {
		keys = append(keys, k)
	}
	sort.Sort(sort.Reverse(sort.StringSlice(keys)))
	fmt.Println(keys)
	backward := []string{}
	for i, k := range slices.Backward(slices.Sorted(maps.Keys(inv))) {
		backward = append(backward, fmt.Sprint(i, k))
	}
	fmt.Println(backward)
	chunks := slices.Collect(slices.Chunk(slices.Sorted(maps.Keys(inv)), 3))
	fmt.Println(chunks, len(chunks))
}
