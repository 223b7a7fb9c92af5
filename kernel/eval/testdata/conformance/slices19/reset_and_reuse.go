package main

import "fmt"

// The buffer is given once: s = nil then append again grows from the heap.
func main() {
	var s []int
	s = append(s, 1)
	fmt.Println(len(s), cap(s))
	s = nil
	s = append(s, 2)
	fmt.Println(len(s), cap(s))
	s = s[:0]
	s = append(s, 3, 4)
	fmt.Println(len(s), cap(s), s[0], s[1])
}
