package main

import (
	"fmt"
	"sort"
	"strings"
)

func WordCount(s string) map[string]int {
	m := make(map[string]int)
	for _, w := range strings.Fields(s) {
		m[w]++
	}
	return m
}

type Vertex struct {
	Lat, Long float64
}

func main() {
	tests := []string{
		"I am learning Go!",
		"The quick brown fox jumped over the lazy dog.",
		"I ate a donut. Then I ate another donut.",
		"A man a plan a canal panama.",
	}
	for _, t := range tests {
		wc := WordCount(t)
		keys := make([]string, 0, len(wc))
		for k := range wc {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			fmt.Printf("%s:%d ", k, wc[k])
		}
		fmt.Println()
	}
	m := map[string]Vertex{
		"Bell Labs": {40.68433, -74.39967},
		"Google":    {37.42202, -122.08408},
	}
	fmt.Println(m)
	m["Answer"] = Vertex{42, 0}
	delete(m, "Google")
	v, ok := m["Google"]
	fmt.Println("The value:", v, "Present?", ok)
	fmt.Println(len(m), m["Answer"])
}
