package main

import "fmt"

//go:noinline
func apply(f func()) { f() }

func keep(xs []int) []int { return xs }

func work(n int) {
	var s []int
	s = append(s, n)
	apply(func() { fmt.Println("work", len(s), cap(s)) })
	t := keep(s)
	fmt.Println("work", len(t), cap(t))
}

// A slice read by a closure passed to a func, then given to a func
// returning it whose result is read, in one function and in a loop.
func main() {
	for i := 0; i < 2; i++ {
		work(i)
	}
	var s []int
	s = append(s, 1)
	t := keep(s)
	show := func() { fmt.Println(len(s), cap(s), len(t)) }
	r := show
	apply(r)
}
