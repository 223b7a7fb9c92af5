package main

import "fmt"

func drop(xs []int, n int) []int {
	if n == 0 || len(xs) == 0 {
		return xs
	}
	return drop(xs[1:], n-1)
}

func sum(xs []int) int {
	if len(xs) == 0 {
		return 0
	}
	return xs[0] + sum(xs[1:])
}

// A recursive func returning (a part of) its parameter.
func main() {
	var a []int
	a = append(a, 1, 2, 3)
	rest := drop(a, 2)
	fmt.Println("a", len(a), cap(a), len(rest), sum(a))
}
