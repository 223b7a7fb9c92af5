package main

import (
	"fmt"
	"strings"
)

func printSlice(s string, x []int) {
	fmt.Printf("%s len=%d cap=%d %v\n", s, len(x), cap(x), x)
}

func main() {
	board := [][]string{
		{"_", "_", "_"},
		{"_", "_", "_"},
		{"_", "_", "_"},
	}
	board[0][0] = "X"
	board[2][2] = "O"
	board[1][2] = "X"
	board[1][0] = "O"
	board[0][2] = "X"
	for i := 0; i < len(board); i++ {
		fmt.Printf("%s\n", strings.Join(board[i], " "))
	}
	var s []int
	printSlice("s", s)
	s = append(s, 0)
	printSlice("s", s)
	s = append(s, 1)
	printSlice("s", s)
	s = append(s, 2, 3, 4)
	printSlice("s", s)
	a := make([]int, 5)
	printSlice("a", a)
	b := make([]int, 0, 5)
	printSlice("b", b)
	c := b[:2]
	printSlice("c", c)
	d := c[2:5]
	printSlice("d", d)
	primes := [6]int{2, 3, 5, 7, 11, 13}
	t := primes[1:4]
	fmt.Println(t)
	t = t[:0]
	printSlice("t", t)
	t = t[:4]
	printSlice("t", t)
	t = t[2:]
	printSlice("t", t)
	var z []int
	fmt.Println(z, len(z), cap(z), z == nil)
	names := [4]string{"John", "Paul", "George", "Ringo"}
	x, y := names[0:2], names[1:3]
	y[0] = "XXX"
	fmt.Println(x, y, names)
}
