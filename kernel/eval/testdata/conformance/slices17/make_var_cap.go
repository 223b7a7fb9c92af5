package main

import "fmt"

// make([]int, 0, n) with a variable n of 0, and a small non-zero capacity outgrown while empty.

func mk(n int) {
	s := make([]int, 0, n)
	s = append(s, 7)
	fmt.Println(n, len(s), cap(s))
}

func small() {
	b := make([]byte, 0, 2)
	b = append(b, 1, 2, 3)
	fmt.Println("small", len(b), cap(b))
}

func main() {
	mk(0)
	mk(3)
	small()
}
