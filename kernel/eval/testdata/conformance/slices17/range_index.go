package main

import "fmt"

// Indexing, assigning elements and ranging over the slice keep it on the stack.

func sum() {
	var s []int
	for i := 0; i < 3; i++ {
		s = append(s, i*i)
	}
	s[0] = 10
	total := 0
	for _, v := range s {
		total += v
	}
	for i := range s {
		total += s[i]
	}
	fmt.Println(total, len(s), cap(s))
}

func main() { sum() }
