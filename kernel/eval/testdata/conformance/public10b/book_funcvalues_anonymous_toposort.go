package main

import (
	"fmt"
	"sort"
	"strings"
)

var prereqs = map[string][]string{
	"algorithms": {"data structures"},
	"calculus":   {"linear algebra"},
	"compilers": {
		"data structures",
		"formal languages",
		"computer organization",
	},
	"data structures":       {"discrete math"},
	"databases":             {"data structures"},
	"discrete math":         {"intro to programming"},
	"formal languages":      {"discrete math"},
	"networks":              {"operating systems"},
	"operating systems":     {"data structures", "computer organization"},
	"programming languages": {"data structures", "computer organization"},
}

func topoSort(m map[string][]string) []string {
	var order []string
	seen := make(map[string]bool)
	var visitAll func(items []string)
	visitAll = func(items []string) {
		for _, item := range items {
			if !seen[item] {
				seen[item] = true
				visitAll(m[item])
				order = append(order, item)
			}
		}
	}
	var keys []string
	for key := range m {
		keys = append(keys, key)
	}
	sort.Strings(keys)
	visitAll(keys)
	return order
}

func squares() func() int {
	var x int
	return func() int {
		x++
		return x * x
	}
}

func breadthFirst(f func(item string) []string, worklist []string) []string {
	var visited []string
	seen := make(map[string]bool)
	for len(worklist) > 0 {
		items := worklist
		worklist = nil
		for _, item := range items {
			if !seen[item] {
				seen[item] = true
				visited = append(visited, item)
				worklist = append(worklist, f(item)...)
			}
		}
	}
	return visited
}

func main() {
	for i, course := range topoSort(prereqs) {
		fmt.Printf("%2d:\t%s\n", i+1, course)
	}
	f := squares()
	fmt.Println(f(), f(), f(), f())
	g := squares()
	fmt.Println(g(), f())
	fmt.Println(strings.Join(breadthFirst(func(s string) []string { return prereqs[s] }, []string{"compilers", "networks"}), " | "))
	fmt.Println(strings.Map(func(r rune) rune { return r + 1 }, "HAL-9000"))
	var rmdirs []func() string
	for _, d := range []string{"a", "b", "c"} {
		rmdirs = append(rmdirs, func() string { return "rm " + d })
	}
	for _, r := range rmdirs {
		fmt.Print(r(), "; ")
	}
	fmt.Println()
}
