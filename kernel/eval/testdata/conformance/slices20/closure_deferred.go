package main

import "fmt"

// A deferred closure made after the last assignment of the slice it reads
// (named or a literal) captures the slice by value: it keeps the buffer.
func main() {
	var c []int
	c = append(c, 1)
	p := func() { fmt.Println("c", len(c), cap(c)) }
	defer p()
	var d []string
	d = append(d, "x")
	defer func() { fmt.Println("d", len(d), cap(d)) }()
	fmt.Println("body")
}
