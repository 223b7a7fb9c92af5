package main

import "fmt"

//go:noinline
func apply(f func()) { f() }

var all [][]int

// The slice itself stored in a global, a map, an interface or sent on a
// channel escapes; read by len and by a closure passed on it would not.
func main() {
	var a []int
	a = append(a, 1)
	all = append(all, a)
	fmt.Println("a", len(a), cap(a))
	var b []int
	b = append(b, 1)
	m := map[string][]int{"b": b}
	apply(func() { fmt.Println("b", len(b), cap(b), len(m)) })
	var c []int
	c = append(c, 1)
	var x any = c
	fmt.Println("c", len(c), cap(c), x)
	var d []int
	d = append(d, 1)
	ch := make(chan []int, 1)
	ch <- d
	fmt.Println("d", len(d), cap(d), len(<-ch))
}
