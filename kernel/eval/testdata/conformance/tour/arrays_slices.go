package main

import (
	"fmt"
	"strings"
)

func printSlice(s []int) {
	fmt.Printf("len=%d cap=%d %v\n", len(s), cap(s), s)
}

func main() {
	var a [2]string
	a[0] = "Hello"
	a[1] = "World"
	fmt.Println(a[0], a[1])
	fmt.Println(a)
	primes := [6]int{2, 3, 5, 7, 11, 13}
	var s []int = primes[1:4]
	fmt.Println(s)
	names := [4]string{"John", "Paul", "George", "Ringo"}
	x := names[0:2]
	y := names[1:3]
	y[0] = "XXX"
	fmt.Println(x, y, names)
	q := []int{2, 3, 5, 7, 11, 13}
	r := []bool{true, false, true}
	st := []struct {
		i int
		b bool
	}{{2, true}, {3, false}}
	fmt.Println(q, r, st)
	q = q[1:4]
	q = q[:2]
	q = q[1:]
	fmt.Println(q)
	s2 := []int{2, 3, 5, 7, 11, 13}
	printSlice(s2)
	s2 = s2[:0]
	printSlice(s2)
	s2 = s2[:4]
	printSlice(s2)
	s2 = s2[2:]
	printSlice(s2)
	var n []int
	fmt.Println(n, len(n), cap(n), n == nil)
	b := make([]int, 0, 5)
	printSlice(b)
	c := b[:2]
	printSlice(c)
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
	var sa []int
	sa = append(sa, 0)
	sa = append(sa, 1)
	sa = append(sa, 2, 3, 4)
	printSlice(sa)
}
