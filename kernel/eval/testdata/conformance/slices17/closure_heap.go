package main

import "fmt"

// A slice used in a func literal: the interpreter grows it from the heap, as gc does when the closure escapes.

var fs []func() int

func capture() {
	var s []int
	s = append(s, 1)
	fs = append(fs, func() int { return len(s) })
	fmt.Println(cap(s))
}

func main() {
	capture()
	fmt.Println(fs[0]())
}
