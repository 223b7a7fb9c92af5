package main

import "fmt"

var last []int

func keepAndStore(xs []int) []int {
	last = xs
	return xs
}

func storeTail(xs []int) int {
	last = xs[1:]
	return len(xs)
}

// A func that both returns its parameter and stores it, or stores a
// reslice of it: the parameter leaks to the heap.
func main() {
	var a []int
	a = append(a, 1)
	fmt.Println("a", len(keepAndStore(a)), cap(a))
	var b []int
	b = append(b, 1, 2)
	fmt.Println("b", storeTail(b), cap(b))
}
