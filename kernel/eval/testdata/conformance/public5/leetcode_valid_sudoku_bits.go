package main

import (
	"fmt"
	"strings"
)

func isValidSudoku(board [9][9]byte) bool {
	var rows, cols, boxes [9]uint16
	for i := 0; i < 9; i++ {
		for j := 0; j < 9; j++ {
			c := board[i][j]
			if c == '.' {
				continue
			}
			bit := uint16(1) << (c - '1')
			b := (i/3)*3 + j/3
			if rows[i]&bit != 0 || cols[j]&bit != 0 || boxes[b]&bit != 0 {
				return false
			}
			rows[i] |= bit
			cols[j] |= bit
			boxes[b] |= bit
		}
	}
	return true
}

func solve(board *[9][9]byte) bool {
	for i := 0; i < 9; i++ {
		for j := 0; j < 9; j++ {
			if board[i][j] != '.' {
				continue
			}
			for c := byte('1'); c <= '9'; c++ {
				if ok(board, i, j, c) {
					board[i][j] = c
					if solve(board) {
						return true
					}
					board[i][j] = '.'
				}
			}
			return false
		}
	}
	return true
}

func ok(b *[9][9]byte, r, c int, v byte) bool {
	for k := 0; k < 9; k++ {
		if b[r][k] == v || b[k][c] == v || b[r/3*3+k/3][c/3*3+k%3] == v {
			return false
		}
	}
	return true
}

func parse(s string) (b [9][9]byte) {
	for i, line := range strings.Fields(s) {
		copy(b[i][:], line)
	}
	return
}

func main() {
	b := parse(`53..7....
6..195...
.98....6.
8...6...3
4..8.3..1
7...2...6
.6....28.
...419..5
....8..79`)
	fmt.Println(isValidSudoku(b))
	bad := b
	bad[0][0] = '8'
	fmt.Println(isValidSudoku(bad), isValidSudoku(b), b[0][0] == '5')
	fmt.Println(solve(&b))
	for _, row := range b {
		fmt.Println(string(row[:]))
	}
	fmt.Println(isValidSudoku(b))
}
