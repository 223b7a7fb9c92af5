package main

import "fmt"

// Each call of a function has its own buffer: recursion.

func depth(n int) int {
	var s []int
	s = append(s, n)
	if n == 0 {
		return cap(s)
	}
	return cap(s) + depth(n-1)
}

func main() { fmt.Println(depth(3)) }
