package main

import "fmt"

// A slice whose address is taken grows from the heap.

func addr() {
	var s []int
	p := &s
	*p = append(*p, 1)
	fmt.Println(len(s), cap(s))
}

func main() { addr() }
