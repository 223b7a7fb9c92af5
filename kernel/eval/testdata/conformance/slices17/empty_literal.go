package main

import "fmt"

// s := []int{} and make([]int, 0) get the buffer as a nil slice does.

func lit() {
	s := []int{}
	s = append(s, 1)
	fmt.Println("lit", len(s), cap(s))
}

func mk() {
	s := make([]int, 0)
	s = append(s, 1, 2)
	fmt.Println("make", len(s), cap(s))
}

func main() {
	lit()
	mk()
}
