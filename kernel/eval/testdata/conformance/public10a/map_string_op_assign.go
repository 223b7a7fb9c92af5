package main

import (
	"fmt"
	"sort"
)

type Stats struct {
	Count int
	Sum   float64
}

func main() {
	m := map[string]string{}
	for _, w := range []string{"a", "b", "a"} {
		m[w] += w + ";"
	}
	fmt.Println(m["a"], m["b"])
	ints := map[int]int{}
	ints[1] <<= 3 // zero value shifted
	ints[2] |= 5
	ints[3] -= 4
	fmt.Println(ints)
	ps := map[string]*Stats{}
	for i, k := range []string{"x", "y", "x"} {
		if ps[k] == nil {
			ps[k] = &Stats{}
		}
		ps[k].Count++
		ps[k].Sum += float64(i) * 1.5
	}
	keys := make([]string, 0)
	for k := range ps {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, *ps[k])
	}
	nested := map[string]map[string]int{}
	add := func(a, b string) {
		if nested[a] == nil {
			nested[a] = map[string]int{}
		}
		nested[a][b]++
	}
	add("x", "y")
	add("x", "y")
	add("x", "z")
	fmt.Println(nested)
}
