package main

import (
	"fmt"
	"sort"
)

// A deduplicating event log: events are values of several types held in
// `any`, used as map keys and dispatched with a type switch. A defined
// struct type and an unnamed struct type of the same fields are two
// different keys and two different cases.

type Click struct{ X, Y int }

type Key struct{ Code int }

func describe(e any) string {
	switch v := e.(type) {
	case Click:
		return fmt.Sprintf("click at %d,%d", v.X, v.Y)
	case Key:
		return fmt.Sprintf("key %d", v.Code)
	case struct{ X, Y int }:
		return fmt.Sprintf("raw position %d,%d", v.X, v.Y)
	default:
		return fmt.Sprintf("unknown %T", v)
	}
}

func kind(e any) string {
	switch e.(type) {
	case Click, Key:
		return "input"
	case struct{ X, Y int }, struct{ Code int }:
		return "raw"
	}
	return "other"
}

func main() {
	events := []any{
		Click{1, 2},
		struct{ X, Y int }{1, 2},
		Key{13},
		struct{ Code int }{13},
		Click{1, 2},
		struct{ X, Y int }{1, 2},
		"tick",
	}
	seen := map[any]int{}
	var order []any
	for _, e := range events {
		if seen[e] == 0 {
			order = append(order, e)
		}
		seen[e]++
	}
	fmt.Println(len(seen), "distinct events")
	for _, e := range order {
		fmt.Printf("%-20s x%d  %-6s %T\n", describe(e), seen[e], kind(e), e)
	}

	// A set of seen values as map[any]struct{}: lookups by either type.
	set := map[any]struct{}{Click{5, 5}: {}}
	_, a := set[Click{5, 5}]
	_, b := set[struct{ X, Y int }{5, 5}]
	fmt.Println(a, b)

	// Counting by dynamic type.
	byType := map[string]int{}
	for _, e := range events {
		byType[fmt.Sprintf("%T", e)]++
	}
	var names []string
	for n := range byType {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Println(n, byType[n])
	}

	// Values through a channel keep their types.
	ch := make(chan any, 2)
	ch <- Click{7, 8}
	ch <- struct{ X, Y int }{7, 8}
	c1, c2 := <-ch, <-ch
	_, ok1 := c1.(Click)
	_, ok2 := c2.(Click)
	fmt.Println(c1 == c2, ok1, ok2)
}
