package main

import "fmt"

//go:noinline
func total(f func() int) int { return f() + 1 }

func twice(f func() int) int {
	x := f()
	return x + f()
}

// A closure passed to a func that returns what it returns (an int): the
// closure does not escape, its slice keeps the buffer.
func main() {
	var a []int
	a = append(a, 1)
	fmt.Println(total(func() int { return len(a) + cap(a) }))
	var b []int
	b = append(b, 1, 2)
	n := func() int { return cap(b) }
	fmt.Println(twice(n), len(b))
}
