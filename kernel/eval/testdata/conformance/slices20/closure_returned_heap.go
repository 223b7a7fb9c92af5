package main

import "fmt"

func same(f func()) func() { return f }

var hook func()

//go:noinline
func maker() func() {
	var s []int
	s = append(s, 1)
	return func() { fmt.Println("s", len(s), cap(s)) }
}

// A closure returned by the func that makes it, returned by a func it is
// passed to and stored, or given to fmt as an any, escapes with the slices
// it reads.
func main() {
	var a []int
	a = append(a, 1)
	hook = same(func() { fmt.Println("a", len(a), cap(a)) })
	hook()
	var b []int
	b = append(b, 1)
	show := func() { fmt.Println("b", len(b), cap(b)) }
	fmt.Println(show != nil, len(fmt.Sprintf("%T", show)))
	show()
	maker()()
}
