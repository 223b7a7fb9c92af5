package main

import "fmt"

// An append of a spread slice (s = append(s, t...)) grows from the heap.

func spread() {
	var s []int
	s = append(s, []int{1, 2}...)
	var b []byte
	b = append(b, "hello"...)
	fmt.Println(len(s), cap(s), len(b), cap(b))
}

func main() { spread() }
