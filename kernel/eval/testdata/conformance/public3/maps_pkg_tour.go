package main

import (
	"fmt"
	"maps"
	"slices"
)

func main() {
	m := map[string]int{"alice": 3, "bob": 1, "carol": 2}
	c := maps.Clone(m)
	c["dave"] = 4
	fmt.Println(len(m), len(c))
	fmt.Println(maps.Equal(m, c))
	delete(c, "dave")
	fmt.Println(maps.Equal(m, c))
	maps.DeleteFunc(c, func(k string, v int) bool { return v < 2 })
	fmt.Println(slices.Sorted(maps.Keys(c)))
	eqf := maps.EqualFunc(map[int]string{1: "A"}, map[int]string{1: "a"}, func(a, b string) bool {
		return a[0]|0x20 == b[0]|0x20
	})
	fmt.Println(eqf)
	dst := map[string]int{"x": 0}
	maps.Copy(dst, m)
	keys := slices.Collect(maps.Keys(dst))
	slices.Sort(keys)
	for _, k := range keys {
		fmt.Printf("%s:%d ", k, dst[k])
	}
	fmt.Println()
	inverted := make(map[int]string)
	for k, v := range maps.All(m) {
		inverted[v] = k
	}
	fmt.Println(inverted)
	var nilMap map[string]int
	fmt.Println(maps.Clone(nilMap) == nil, len(maps.Clone(nilMap)))
	clear(m)
	fmt.Println(m, len(m))
}
