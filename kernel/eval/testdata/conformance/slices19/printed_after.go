package main

import "fmt"

// The slice is printed whole after the loop: it escapes (fmt takes it as
// an interface), so every append grows it from the heap.
func main() {
	var s []int
	for i := 0; i < 5; i++ {
		s = append(s, i)
		fmt.Println(len(s), cap(s))
	}
	fmt.Println(s)
}
