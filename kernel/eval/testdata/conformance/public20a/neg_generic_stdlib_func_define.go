package main

import (
	"fmt"
	"maps"
	"slices"
)

func main() {
	m := map[string]int{"a": 1}
	fmt.Println(slices.Sorted(maps.Keys(m)))
	keys := maps.Keys
	fmt.Println(keys != nil)
}
