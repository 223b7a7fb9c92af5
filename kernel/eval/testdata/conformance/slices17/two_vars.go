package main

import "fmt"

// Two local slices get a buffer each.

func two() {
	var a, b []int
	a = append(a, 1)
	b = append(b, 2)
	c := []byte{}
	c = append(c, 'c')
	fmt.Println(cap(a), cap(b), cap(c))
}

func main() { two() }
