package main

import "fmt"

func main() {
	var s []int
	fmt.Println(s == nil, len(s), cap(s))
	s = append(s, 1, 2, 3)
	t := s[1:]
	t[0] = 20
	fmt.Println(s, t, len(t))
	m := make([]string, 2, 10)
	fmt.Println(len(m), cap(m), m[0] == "")
	grid := make([][]int, 3)
	for i := range grid {
		grid[i] = make([]int, i+1)
		for j := range grid[i] {
			grid[i][j] = i * j
		}
	}
	fmt.Println(grid)
}
