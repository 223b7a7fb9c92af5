package main

import "fmt"

// Strings (16 bytes: cap 2), pointers (8: cap 4), slices (24: cap 1) and interfaces (16: cap 2).

func kinds() {
	var s []string
	s = append(s, "a")
	var p []*int
	p = append(p, new(int))
	var l [][]int
	l = append(l, []int{1})
	var e []error
	e = append(e, fmt.Errorf("e"))
	var a []any
	a = append(a, 1)
	fmt.Println(cap(s), cap(p), cap(l), cap(e), cap(a))
}

func main() { kinds() }
