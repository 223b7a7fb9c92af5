package main

import "fmt"

// A function that reads cap(s) makes gc grow s in its stack buffer one
// size class at a time (3 ints: cap 3), and keep the capacity at the move.

//go:noinline
func watched(n int) ([]int, []int) {
	var s []int
	var caps []int
	for i := 0; i < n; i++ {
		s = append(s, i)
		caps = append(caps, cap(s))
	}
	return s, caps
}

//go:noinline
func fromLiteral(n int) []int {
	s := []int{}
	for i := 0; i < n; i++ {
		s = append(s, i)
	}
	return s
}

//go:noinline
func bytesWatched(n int) []int {
	var s []byte
	var caps []int
	for i := 0; i < n; i++ {
		s = append(s, 'x')
		if len(caps) == 0 || caps[len(caps)-1] != cap(s) {
			caps = append(caps, cap(s))
		}
	}
	return caps
}

func main() {
	for n := 0; n <= 6; n++ {
		s, caps := watched(n)
		l := fromLiteral(n)
		fmt.Println(n, s, cap(s), caps, cap(l), l == nil)
	}
	fmt.Println(bytesWatched(40))
}
