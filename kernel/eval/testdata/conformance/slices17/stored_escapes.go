package main

import "fmt"

// A slice stored in a package variable or an interface escapes.

var keep []int
var sink any

func store() {
	var s []int
	s = append(s, 1)
	keep = s
	var t []int
	t = append(t, 1)
	sink = t
	fmt.Println(cap(s), cap(t))
}

func main() {
	store()
	fmt.Println(len(keep), sink)
}
