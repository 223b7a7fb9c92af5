package main

import "fmt"

// A named result appended in a loop: its bare return is its only escape.

//go:noinline
func bare(n int) (s []int) {
	for i := 0; i < n; i++ {
		s = append(s, i*i)
	}
	return
}

//go:noinline
func explicit(n int) (s []int) {
	for i := 0; i < n; i++ {
		s = append(s, i)
	}
	return s
}

// Two bare returns are two escapes: gc leaves s on the heap.
//
//go:noinline
func twoReturns(n int) (s []int) {
	for i := 0; i < n; i++ {
		s = append(s, i)
	}
	if n > 100 {
		return
	}
	return
}

//go:noinline
func withErr(n int) (s []int, err error) {
	for i := 0; i < n; i++ {
		s = append(s, i)
	}
	if n == 5 {
		err = fmt.Errorf("five")
	}
	return
}

func main() {
	for n := 0; n <= 6; n++ {
		a, b, c := bare(n), explicit(n), twoReturns(n)
		d, err := withErr(n)
		fmt.Println(n, a, len(a), cap(a), len(b), cap(b), len(c), cap(c), len(d), cap(d), err)
	}
}
