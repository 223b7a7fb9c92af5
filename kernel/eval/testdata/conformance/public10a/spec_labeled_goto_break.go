package main

import "fmt"

func find(grid [][]int, target int) (int, int, bool) {
	var i, j int
OuterLoop:
	for i = range grid {
		for j = range grid[i] {
			switch grid[i][j] {
			case -1:
				continue OuterLoop
			case target:
				break OuterLoop
			}
		}
	}
	if i < len(grid) && j < len(grid[i]) && grid[i][j] == target {
		return i, j, true
	}
	return -1, -1, false
}

func main() {
	grid := [][]int{{1, -1, 5}, {2, 3, 5}, {4}}
	fmt.Println(find(grid, 5))
	fmt.Println(find(grid, 4))
	fmt.Println(find(grid, 9))
	i := 0
L:
	if i < 3 {
		i++
		goto L
	}
	fmt.Println(i)
}
