package main

import "fmt"

func apply(f func()) { f() }

// A closure passed to a small func that only calls it (gc inlines both).
func main() {
	var a []int
	a = append(a, 1, 2)
	apply(func() { fmt.Println("a", len(a), cap(a)) })
	var b []int
	b = append(b, 3)
	show := func() { fmt.Println("b", len(b), cap(b), b[0]) }
	apply(show)
}
