package main

import "fmt"

func keep(xs []int) []int { return xs }

var saved []int

//go:noinline
func through() []int {
	var r []int
	r = append(r, 1)
	return keep(r)
}

// The result of a func returning its parameter stored in a global, sent on
// a channel, put in an any, or returned: the slice escapes (heap growth).
func main() {
	var a []int
	a = append(a, 1)
	saved = keep(a)
	fmt.Println("a", len(a), cap(a))
	var b []int
	b = append(b, 1)
	ch := make(chan []int, 1)
	ch <- keep(b)
	fmt.Println("b", len(b), cap(b), len(<-ch))
	var c []int
	c = append(c, 1)
	var x any = keep(c)
	fmt.Println("c", len(c), cap(c), x)
	r := through()
	fmt.Println("r", len(r), cap(r))
}
