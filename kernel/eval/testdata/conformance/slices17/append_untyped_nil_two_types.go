package main

import "fmt"

// Untyped nil appended to slices of two element types (a pointer, an
// interface) in one function.

func main() {
	var p []*int
	p = append(p, nil)
	var e []error
	e = append(e, nil)
	var a []any
	a = append(a, 1)
	fmt.Println(len(p), len(e), len(a))
}
