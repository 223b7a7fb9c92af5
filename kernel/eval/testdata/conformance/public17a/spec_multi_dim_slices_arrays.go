package main

import "fmt"

func transpose(m [][]int) [][]int {
	if len(m) == 0 {
		return nil
	}
	t := make([][]int, len(m[0]))
	for i := range t {
		t[i] = make([]int, len(m))
		for j := range m {
			t[i][j] = m[j][i]
		}
	}
	return t
}

func main() {
	var grid [3][4]int
	for i := range grid {
		for j := range grid[i] {
			grid[i][j] = i*10 + j
		}
	}
	fmt.Println(grid, len(grid), len(grid[0]))
	m := [][]int{{1, 2, 3}, {4, 5, 6}}
	fmt.Println(transpose(m))
	jag := [][]string{{"a"}, {}, {"b", "c"}}
	for i, row := range jag {
		fmt.Println(i, len(row), row)
	}
	cube := [2][2][2]byte{}
	cube[1][0][1] = 'x'
	fmt.Println(cube)
	rows := grid[1:]
	rows[0][0] = -1
	fmt.Println(grid[1][0])
	sl := grid[0][1:3]
	sl[0] = 99
	fmt.Println(grid[0])
}
