package main

import "fmt"

// A slice given to fmt.Println escapes: it grows from the heap (1, 2, 4) in both.

func grow() {
	var s []int
	for i := 0; i < 5; i++ {
		s = append(s, i)
		fmt.Println(len(s), cap(s), s)
	}
}

func main() { grow() }
