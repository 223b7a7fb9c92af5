package main

import "fmt"

func main() {
	var board [3][3]rune
	for i := range board {
		for j := range board[i] {
			board[i][j] = '.'
		}
	}
	board[1][1] = 'X'
	board[0][2] = 'O'
	for _, row := range board {
		fmt.Println(string(row[:]))
	}
	copyBoard := board
	copyBoard[2][2] = 'X'
	fmt.Println(board[2][2] == '.', copyBoard[2][2] == 'X')
	// A jagged slice of slices.
	tri := make([][]int, 5)
	for i := range tri {
		tri[i] = make([]int, i+1)
		tri[i][0], tri[i][i] = 1, 1
		for j := 1; j < i; j++ {
			tri[i][j] = tri[i-1][j-1] + tri[i-1][j]
		}
	}
	fmt.Println(tri)
	cube := [2][2][2]int{{{1, 2}, {3, 4}}, {{5, 6}, {7, 8}}}
	fmt.Println(cube[1][0][1], len(cube[0]), cube)
	ids := [...][2]string{{"a", "b"}, {"c", "d"}}
	fmt.Printf("%T %v\n", ids, ids)
}
