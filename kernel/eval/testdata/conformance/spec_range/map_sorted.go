package main

import (
	"fmt"
	"sort"
)

func main() {
	m := map[string]int{"pear": 3, "apple": 1, "fig": 2}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, m[k])
	}
	total := 0
	for _, v := range m {
		total += v
	}
	fmt.Println(total)
	for k := range m {
		if k != "fig" {
			delete(m, k)
		}
	}
	fmt.Println(m)
}
