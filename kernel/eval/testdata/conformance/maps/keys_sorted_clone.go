package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

func main() {
	m := map[string]int{"one": 1, "two": 2, "three": 3, "four": 4}
	for _, k := range slices.Sorted(maps.Keys(m)) {
		fmt.Println(k, m[k])
	}
	c := maps.Clone(m)
	c["five"] = 5
	fmt.Println(len(m), len(c), maps.Equal(m, c))
	delete(c, "five")
	fmt.Println(maps.Equal(m, c))
	maps.DeleteFunc(c, func(k string, v int) bool { return v%2 == 0 })
	fmt.Println(c)
	dst := map[string]int{"zero": 0}
	maps.Copy(dst, c)
	fmt.Println(dst)
	eq := maps.EqualFunc(map[int]string{1: "A"}, map[int]string{1: "a"}, strings.EqualFold)
	fmt.Println(eq)
	col := maps.Collect(maps.All(map[int]bool{1: true, 2: false}))
	fmt.Println(col)
	ins := map[string]int{}
	maps.Insert(ins, maps.All(map[string]int{"x": 10}))
	fmt.Println(ins)
	var nilMap map[string]int
	fmt.Println(maps.Clone(nilMap) == nil)
}
