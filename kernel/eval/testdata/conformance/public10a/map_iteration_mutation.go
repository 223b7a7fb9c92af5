package main

import (
	"fmt"
	"sort"
)

func main() {
	m := map[int]bool{}
	for i := 0; i < 20; i++ {
		m[i] = true
	}
	// Deleting during iteration is allowed: deleted entries are not produced.
	seen := 0
	for k := range m {
		if k%2 == 0 {
			delete(m, k+1)
		}
		seen++
	}
	fmt.Println(len(m) >= 10, seen >= 10)
	for k := range m {
		delete(m, k)
	}
	fmt.Println(len(m))

	var nilMap map[string]int
	fmt.Println(nilMap["x"], len(nilMap))
	for range nilMap {
		fmt.Println("never")
	}
	delete(nilMap, "x") // no-op
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		nilMap["x"] = 1
	}()
	words := map[string]int{"b": 2, "a": 1, "c": 3}
	keys := make([]string, 0, len(words))
	for k := range words {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Print(k, "=", words[k], " ")
	}
	fmt.Println()
	fmt.Println(words)
}
