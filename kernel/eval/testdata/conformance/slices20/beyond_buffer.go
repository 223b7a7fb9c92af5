package main

import "fmt"

//go:noinline
func apply(f func()) { f() }

func keep(xs []int) []int { return xs }

// A first append that does not fit the 32-byte buffer grows from the heap,
// whatever the closures or funcs the slice goes through.
func main() {
	var a []int
	a = append(a, 1, 2, 3, 4, 5)
	apply(func() { fmt.Println("a", len(a), cap(a)) })
	var b []int
	b = append(b, 1, 2, 3)
	b = append(b, 4, 5)
	kb := keep(b)
	fmt.Println("b", len(b), cap(b), len(kb))
	var c []string
	c = append(c, "a", "b", "c")
	show := func() { fmt.Println("c", len(c), cap(c)) }
	r := show
	r()
}
