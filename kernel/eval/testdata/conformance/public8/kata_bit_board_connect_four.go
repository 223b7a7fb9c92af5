package main

import (
	"fmt"
	"strings"
)

const W, H = 7, 6

type Board struct {
	cells  [H][W]byte
	height [W]int
	moves  int
}

func (b *Board) Drop(col int, p byte) (int, error) {
	if col < 0 || col >= W {
		return 0, fmt.Errorf("column %d out of range", col)
	}
	if b.height[col] == H {
		return 0, fmt.Errorf("column %d full", col)
	}
	row := H - 1 - b.height[col]
	b.cells[row][col] = p
	b.height[col]++
	b.moves++
	return row, nil
}

func (b *Board) Wins(row, col int) bool {
	p := b.cells[row][col]
	for _, d := range [][2]int{{0, 1}, {1, 0}, {1, 1}, {1, -1}} {
		n := 1
		for _, s := range []int{1, -1} {
			r, c := row+d[0]*s, col+d[1]*s
			for r >= 0 && r < H && c >= 0 && c < W && b.cells[r][c] == p {
				n++
				r, c = r+d[0]*s, c+d[1]*s
			}
		}
		if n >= 4 {
			return true
		}
	}
	return false
}

func (b *Board) String() string {
	var sb strings.Builder
	for _, row := range b.cells {
		for _, c := range row {
			if c == 0 {
				c = '.'
			}
			sb.WriteByte(c)
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func main() {
	var b Board
	players := []byte{'X', 'O'}
	moves := []int{3, 3, 4, 4, 5, 2, 2, 5, 6}
	for i, col := range moves {
		p := players[i%2]
		row, err := b.Drop(col, p)
		if err != nil {
			fmt.Println(err)
			continue
		}
		if b.Wins(row, col) {
			fmt.Printf("%c wins with move %d (col %d)\n", p, i+1, col)
			break
		}
	}
	fmt.Print(b.String())
	for range H {
		b.Drop(0, 'O')
	}
	_, err := b.Drop(0, 'X')
	fmt.Println(err, b.moves)
	_, err = b.Drop(9, 'X')
	fmt.Println(err)
}
