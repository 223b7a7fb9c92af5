package main

import "fmt"

//go:noinline
func apply(f func()) { f() }

var global func()

// A func variable that holds the closure and is then given another func
// still only calls it; one given to a global makes it escape.
func main() {
	var a []int
	a = append(a, 1)
	f := func() { fmt.Println("a", len(a), cap(a)) }
	g := f
	g()
	g = func() { fmt.Println("other") }
	g()
	var b []int
	b = append(b, 1)
	h := func() { fmt.Println("b", len(b), cap(b)) }
	var k func()
	k = h
	global = k
	global()
}
