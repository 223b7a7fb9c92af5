package main

import "fmt"

// A slice returned by a function that is not inlined escapes.

//go:noinline
func build(n int) []int {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i)
	}
	return s
}

func main() {
	s := build(3)
	fmt.Println(len(s), cap(s), s)
}
