package main

import "fmt"

//go:noinline
func apply(f func()) { f() }

// gc keeps a slice in its stack buffer (cap 4) when a closure reading
// it, made after the append, is passed to a func that only calls it.
func main() {
	var a []int
	a = append(a, 1)
	show := func() { fmt.Println("a", len(a), cap(a)) }
	apply(show)
}
