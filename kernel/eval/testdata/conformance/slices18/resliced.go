package main

import "fmt"

// Reslicing s reads its capacity: gc grows it in the buffer one size
// class at a time and keeps the capacity when it returns it.

//go:noinline
func half(n int) []int {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i)
	}
	s = s[:n/2]
	return s
}

// return s[:k] is a use gc's analysis does not know: the heap's growth.
//
//go:noinline
func sliceInReturn(n int) []int {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i)
	}
	return s[:n/2]
}

//go:noinline
func dropFirst(n int) []int {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i)
	}
	if len(s) > 0 {
		s = s[1:]
	}
	return s
}

//go:noinline
func emptied(n int) []int {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i)
	}
	s = s[:0]
	return s
}

func main() {
	for n := 0; n <= 6; n++ {
		a, b, c, d := half(n), sliceInReturn(n), dropFirst(n), emptied(n)
		fmt.Println(n, a, len(a), cap(a), b, cap(b), c, cap(c), len(d), cap(d), d == nil)
	}
}
