package main

import "fmt"

// A func literal reads the slice: it escapes (captured by reference).
func main() {
	var s []int
	s = append(s, 1)
	show := func() { fmt.Println(len(s), cap(s)) }
	show()
	s = append(s, 2, 3)
	show()
}
