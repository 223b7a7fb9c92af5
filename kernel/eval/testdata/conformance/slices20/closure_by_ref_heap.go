package main

import "fmt"

//go:noinline
func apply(f func()) { f() }

// A closure made before an assignment of the slice it reads captures it by
// reference: its address is taken, and gc never gives such a variable the
// stack buffer, though it does not escape (cap 1, 2).
func main() {
	var a []int
	show := func() { fmt.Println("a", len(a), cap(a)) }
	a = append(a, 1)
	apply(show)
	var b []int
	b = append(b, 1)
	p := func() { fmt.Println("b", len(b), cap(b)) }
	defer p()
	b = append(b, 2)
	var c []int
	defer func() { fmt.Println("c", len(c), cap(c)) }()
	c = append(c, 1)
}
