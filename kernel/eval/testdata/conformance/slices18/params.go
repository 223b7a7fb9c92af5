package main

import "fmt"

// A slice parameter appended in a loop and returned: the append gives
// a nil one gc's stack buffer too, moved to the heap at the return.

//go:noinline
func extend(s []int, n int) []int {
	for i := 0; i < n; i++ {
		s = append(s, i)
	}
	return s
}

func main() {
	for n := 0; n <= 5; n++ {
		a := extend(nil, n)
		b := extend(make([]int, 0, 2), n)
		c := extend([]int{9}, n)
		fmt.Println(n, a, cap(a), b, cap(b), c, cap(c))
	}
}
