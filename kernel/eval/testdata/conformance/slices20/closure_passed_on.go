package main

import "fmt"

//go:noinline
func apply(f func()) { f() }

func applyTwice(f func()) {
	apply(f)
	f()
}

func later(f func()) {
	defer f()
	fmt.Println("later")
}

// A closure passed to a func that passes it on to another func that only
// calls it, or defers it.
func main() {
	var a []int
	a = append(a, 1)
	applyTwice(func() { fmt.Println("a", len(a), cap(a)) })
	var b []int
	b = append(b, 1)
	show := func() { fmt.Println("b", len(b), cap(b)) }
	later(show)
}
