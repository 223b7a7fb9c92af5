package main

import "fmt"

// len of a pointer to an array is the array type's length; the pointer is
// not dereferenced, so a nil one is fine (the interpreter panicked with a
// nil pointer dereference; cap and range were right).

type grid struct {
	cells *[3][4]int
}

func main() {
	var p *[10]int
	var g grid
	fmt.Println(len(p), cap(p), len(g.cells), cap(g.cells))
	var sum int
	for i := range p {
		sum += i
	}
	fmt.Println(sum)
	arr := [5]string{}
	p2 := &arr
	fmt.Println(len(p2), len(p2[1:]))
}
