package main

import "fmt"

// A first append larger than the buffer grows from the heap; later appends grow from there.

func big() {
	var s []int
	s = append(s, 1, 2, 3, 4, 5)
	fmt.Println(len(s), cap(s))
	for i := 0; i < 20; i++ {
		s = append(s, i)
	}
	fmt.Println(len(s), cap(s))
}

func exact() {
	var s []int
	s = append(s, 1, 2, 3, 4)
	fmt.Println(len(s), cap(s))
	s = append(s, 5)
	fmt.Println(len(s), cap(s))
}

func main() {
	big()
	exact()
}
