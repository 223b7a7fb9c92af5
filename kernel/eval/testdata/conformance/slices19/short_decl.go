package main

import "fmt"

// A slice declared with := from a nil conversion, and one from an empty
// literal.
func main() {
	a := []int(nil)
	a = append(a, 1)
	fmt.Println(len(a), cap(a))
	b := []float64{}
	b = append(b, 1.5)
	fmt.Println(len(b), cap(b))
	var c []int = nil
	c = append(c, 7)
	fmt.Println(len(c), cap(c))
}
