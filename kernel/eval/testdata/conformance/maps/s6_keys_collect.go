package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Inventory map[string]int

func (inv Inventory) Total() int {
	t := 0
	for _, v := range inv {
		t += v
	}
	return t
}

func main() {
	inv := Inventory{"pear": 3, "apple": 5, "fig": 1}
	keys := slices.Collect(maps.Keys(inv))
	slices.Sort(keys)
	fmt.Println(keys, inv.Total())
	fmt.Println(slices.Sorted(maps.Keys(inv)), slices.Sorted(maps.Values(inv)))
	c := maps.Clone(inv)
	c["kiwi"] = 2
	fmt.Println(len(inv), len(c), maps.Equal(inv, c))
	delete(c, "kiwi")
	fmt.Println(maps.Equal(inv, c))
	maps.DeleteFunc(c, func(k string, v int) bool { return v < 3 })
	fmt.Println(slices.Sorted(maps.Keys(c)))
	dst := map[string]int{"apple": 100, "zzz": 0}
	maps.Copy(dst, inv)
	fmt.Println(dst)
	up := maps.Collect(func(yield func(string, int) bool) {
		for k, v := range inv {
			if !yield(strings.ToUpper(k), v*10) {
				return
			}
		}
	})
	fmt.Println(up)
	m2 := map[string]int{}
	maps.Insert(m2, maps.All(map[string]int{"x": 1, "y": 2}))
	fmt.Println(m2)
	fmt.Println(maps.EqualFunc(map[int]string{1: "A"}, map[int]string{1: "a"}, strings.EqualFold))
}
