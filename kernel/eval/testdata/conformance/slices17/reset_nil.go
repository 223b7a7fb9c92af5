package main

import "fmt"

// A slice set back to nil inside the loop: the buffer is used once per call.

func reset() {
	var s []int
	for i := 0; i < 3; i++ {
		s = s[:0]
		s = append(s, i)
		fmt.Println(i, cap(s))
	}
}

func nilled() {
	var s []int
	for i := 0; i < 2; i++ {
		s = nil
		s = append(s, i)
		fmt.Println(i, cap(s))
	}
}

func main() {
	reset()
	nilled()
}
