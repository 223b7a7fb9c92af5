package main

import "fmt"

// Elements and len/cap are printed, never the slice: it stays on the stack.
func main() {
	var squares []int
	for i := 1; i <= 5; i++ {
		squares = append(squares, i*i)
	}
	for i, v := range squares {
		fmt.Println(i, v)
	}
	fmt.Println(len(squares), cap(squares), squares[0]+squares[4])
}
