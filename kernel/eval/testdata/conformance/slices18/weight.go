package main

import "fmt"

// gc moves a slice to the heap at its return only if its appends weigh 2
// or more (an append in a loop weighs 2).

//go:noinline
func one() []int {
	var s []int
	s = append(s, 7)
	return s
}

//go:noinline
func two() []int {
	var s []int
	s = append(s, 7)
	s = append(s, 8)
	return s
}

//go:noinline
func three() []int {
	var s []int
	s = append(s, 7)
	s = append(s, 8)
	s = append(s, 9)
	return s
}

//go:noinline
func twoAtOnce() []int {
	var s []int
	s = append(s, 7, 8, 9)
	return s
}

// A return inside a loop deeper than the declaration of s is not moved.
//
//go:noinline
func returnInLoop(n int) []int {
	var s []int
	for i := 0; ; i++ {
		if i == n {
			return s
		}
		s = append(s, i)
	}
}

//go:noinline
func declaredInLoop(n int) [][]int {
	var all [][]int
	for j := 0; j < 2; j++ {
		var s []int
		for i := 0; i < n; i++ {
			s = append(s, i)
		}
		all = append(all, s)
	}
	return all
}

func main() {
	a, b, c, d := one(), two(), three(), twoAtOnce()
	fmt.Println(cap(a), cap(b), cap(c), cap(d))
	for n := 0; n <= 5; n++ {
		r := returnInLoop(n)
		all := declaredInLoop(n)
		fmt.Println(n, cap(r), cap(all[0]), cap(all[1]))
	}
}
