package main

import (
	"fmt"
	"sort"
)

// Uses gc's analysis does not know (a call with s, a comparison, a
// method value) leave s on the heap: the heap's growth (cap 4 for 3).

//go:noinline
func printed(n int) []int {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i)
	}
	fmt.Println("built", s)
	return s
}

//go:noinline
func compared(n int) []int {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i)
	}
	if s == nil {
		return nil
	}
	return s
}

//go:noinline
func sorted(n int) []int {
	var s []int
	for i := n; i > 0; i-- {
		s = append(s, i)
	}
	sort.Ints(s)
	return s
}

//go:noinline
func spread(n int) []int {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, []int{i}...)
	}
	return s
}

func main() {
	for n := 0; n <= 5; n++ {
		a, b, d := printed(n), compared(n), spread(n)
		fmt.Println(n, cap(a), cap(b), cap(d))
	}
	fmt.Println(sorted(3))
}
