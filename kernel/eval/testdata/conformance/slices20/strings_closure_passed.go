package main

import "fmt"

//go:noinline
func apply(f func()) { f() }

// A []string (16-byte elements: cap 2) read by closures passed on, copied
// and deferred; three strings do not fit.
func main() {
	var a []string
	a = append(a, "x")
	apply(func() { fmt.Println("a", len(a), cap(a)) })
	var b []string
	b = append(b, "x", "y")
	p := func() { fmt.Println("b", len(b), cap(b)) }
	defer p()
	var c []string
	c = append(c, "x", "y", "z")
	q := func() { fmt.Println("c", len(c), cap(c)) }
	apply(q)
}
