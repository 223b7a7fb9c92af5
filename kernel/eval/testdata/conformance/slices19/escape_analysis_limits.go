package main

import "fmt"

func apply(f func()) { f() }

func keep(xs []int) []int { return xs }

// gc's escape analysis follows values through a closure passed to a func
// that only calls it, a closure copied to another variable, a deferred
// named closure, a slice passed to a func that returns it to a result used
// only by len: gc keeps each slice in its stack buffer (cap 4), as the
// interpreter's model does since s20 (more in slices20).
func main() {
	var a []int
	a = append(a, 1)
	show := func() { fmt.Println("a", len(a), cap(a)) }
	apply(show)
	var c []int
	c = append(c, 1)
	p := func() { fmt.Println("c", len(c), cap(c)) }
	defer p()
	var d []int
	d = append(d, 1)
	q := func() { fmt.Println("d", len(d), cap(d)) }
	r := q
	r()
	var k []int
	k = append(k, 1)
	kept := keep(k)
	fmt.Println("k", len(k), cap(k), len(kept))
}
