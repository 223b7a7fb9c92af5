package main

import "fmt"

var saved func() int

func store(f func() int) int {
	saved = f
	return f()
}

func call(f func() int) int { return f() }

// A func that stores the func it is given, returns it, or runs it in a
// goroutine makes the closure's slices escape; one that only calls it
// (and returns what it returns) does not.
func main() {
	var a []int
	a = append(a, 1)
	fmt.Println("a", store(func() int { return cap(a) }), len(a))
	var b []int
	b = append(b, 1)
	fmt.Println("b", call(func() int { return cap(b) }), len(b))
}
