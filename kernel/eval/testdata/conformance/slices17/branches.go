package main

import "fmt"

// The first append in source order is in the if branch: the else branch grows from the heap.

func pick(first bool) {
	var s []int
	if first {
		s = append(s, 1)
	} else {
		s = append(s, 2)
	}
	fmt.Println(first, len(s), cap(s))
}

func main() {
	pick(true)
	pick(false)
}
