package main

import "fmt"

// Only the first append statement of a variable (in source order) may use the buffer.

func second() {
	var s []int
	s = append(s, 1, 2, 3, 4, 5)
	s = nil
	s = append(s, 1)
	fmt.Println(len(s), cap(s))
}

func both() {
	var s []int
	s = append(s, 1)
	s = append(s, 2)
	fmt.Println(len(s), cap(s))
}

func main() {
	second()
	both()
}
