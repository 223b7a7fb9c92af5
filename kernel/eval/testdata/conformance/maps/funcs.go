package main

import (
	"fmt"
	"maps"
	"slices"
)

func main() {
	m := map[string]int{"a": 1, "b": 2}
	for k, v := range maps.All(m) {
		_ = k
		_ = v
	}
	c := maps.Collect(maps.All(m))
	fmt.Println(maps.Equal(m, c))
	maps.Insert(c, maps.All(map[string]int{"z": 26}))
	fmt.Println(slices.Sorted(maps.Keys(c)))
	maps.DeleteFunc(c, func(k string, v int) bool { return v%2 == 0 })
	fmt.Println(c)
	dst := map[string]int{"a": 100}
	maps.Copy(dst, m)
	fmt.Println(dst)
	fmt.Println(maps.EqualFunc(m, map[string]int{"a": 10, "b": 20}, func(x, y int) bool { return x*10 == y }))
}
