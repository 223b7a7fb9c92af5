package main

import "fmt"

type IntSlice []int
type Set map[string]struct{}
type Pipe chan string

func main() {
	s := make(IntSlice, 2, 5)
	fmt.Printf("%T %v %d %d\n", s, s, len(s), cap(s))
	set := make(Set, 10)
	set["x"] = struct{}{}
	fmt.Printf("%T %v\n", set, set)
	p := make(Pipe, 1)
	p <- "hi"
	fmt.Printf("%T %s\n", p, <-p)
	n := 3
	grid := make([][]rune, n)
	for i := range grid {
		grid[i] = make([]rune, n)
		for j := range grid[i] {
			grid[i][j] = '.'
		}
	}
	grid[1][1] = '#'
	for _, row := range grid {
		fmt.Println(string(row))
	}
	var size int64 = 2
	fmt.Println(len(make([]int, size)))
}
