package main

import (
	"fmt"
	"strings"
)

func printSlice(s string, x []int) {
	fmt.Printf("%s len=%d cap=%d %v\n", s, len(x), cap(x), x)
}

func main() {
	a := make([]int, 5)
	printSlice("a", a)
	b := make([]int, 0, 5)
	printSlice("b", b)
	c := b[:2]
	printSlice("c", c)
	d := c[2:5]
	printSlice("d", d)
	var s []int
	for i := 0; i < 10; i++ {
		s = append(s, i)
	}
	printSlice("s", s)
	t := s[2:4:6]
	printSlice("t", t)
	t = append(t, 100)
	printSlice("s", s)
	t = append(t, 200, 300)
	t[0] = -1
	printSlice("s", s)
	printSlice("t", t)
	matrix := make([][]string, 3)
	for i := range matrix {
		matrix[i] = strings.Split(strings.Repeat(".", 3), "")
	}
	matrix[1][1] = "#"
	for _, row := range matrix {
		fmt.Println(strings.Join(row, ""))
	}
	copy(s, []int{9, 9})
	fmt.Println(s[:3])
}
