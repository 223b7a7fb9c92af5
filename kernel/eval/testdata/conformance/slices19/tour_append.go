package main

import "fmt"

// The Go Tour's "Appending to a slice": printSlice passes s to Printf, so
// s escapes and grows from the heap (cap 1, 2, 6).
func main() {
	var s []int
	printSlice(s)
	s = append(s, 0)
	printSlice(s)
	s = append(s, 1)
	printSlice(s)
	s = append(s, 2, 3, 4)
	printSlice(s)
}

func printSlice(s []int) {
	fmt.Printf("len=%d cap=%d %v\n", len(s), cap(s), s)
}
