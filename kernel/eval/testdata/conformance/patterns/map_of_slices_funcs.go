package main

import (
	"fmt"
	"sort"
	"strings"
)

func main() {
	graph := map[string][]string{}
	edges := [][2]string{{"a", "b"}, {"a", "c"}, {"b", "c"}, {"c", "a"}}
	for _, e := range edges {
		graph[e[0]] = append(graph[e[0]], e[1])
	}
	fmt.Println(len(graph), graph["a"], graph["zz"] == nil)
	ops := map[string]func(float64, float64) float64{
		"+": func(a, b float64) float64 { return a + b },
		"-": func(a, b float64) float64 { return a - b },
		"*": func(a, b float64) float64 { return a * b },
	}
	keys := make([]string, 0, len(ops))
	for k := range ops {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Print(k, "=", ops[k](6, 3), " ")
	}
	fmt.Println()
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
	byLen := map[int][]string{}
	for _, w := range strings.Fields("go is a fun language to use") {
		byLen[len(w)] = append(byLen[len(w)], w)
	}
	fmt.Println(byLen)
	delete(byLen, 2)
	v, ok := byLen[2]
	fmt.Println(v, ok, len(byLen))
	counts := map[rune]int{}
	for _, r := range "hello" {
		counts[r]++
	}
	fmt.Println(counts['l'], counts)
}
