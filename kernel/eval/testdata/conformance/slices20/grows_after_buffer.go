package main

import "fmt"

//go:noinline
func apply(f func()) { f() }

// A slice in its stack buffer (read by a closure passed on) grows from the
// heap past it, and a second append never takes the buffer.
func main() {
	var a []int
	for i := 0; i < 6; i++ {
		a = append(a, i)
		apply(func() { fmt.Print(len(a), cap(a), " ") })
	}
	fmt.Println()
	var b []int
	b = append(b, 1)
	b = nil
	b = append(b, 2)
	q := func() { fmt.Println("b", len(b), cap(b)) }
	r := q
	r()
}
