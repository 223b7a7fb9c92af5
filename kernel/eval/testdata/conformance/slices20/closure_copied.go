package main

import "fmt"

//go:noinline
func apply(f func()) { f() }

// A closure copied to other variables, called through them, keeps the
// slices it reads on the stack.
func main() {
	var d []int
	d = append(d, 1)
	q := func() { fmt.Println("d", len(d), cap(d)) }
	r := q
	r()
	var e []int
	e = append(e, 1, 2, 3)
	p := func() { fmt.Println("e", len(e), cap(e)) }
	var f func()
	f = p
	f()
	g := f
	apply(g)
}
