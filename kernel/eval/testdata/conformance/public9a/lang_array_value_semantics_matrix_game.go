package main

import (
	"fmt"
	"strings"
)

type Board [3][3]byte

func (b Board) String() string {
	var sb strings.Builder
	for _, row := range b {
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

func (b Board) Winner() byte {
	lines := [8][3][2]int{
		{{0, 0}, {0, 1}, {0, 2}}, {{1, 0}, {1, 1}, {1, 2}}, {{2, 0}, {2, 1}, {2, 2}},
		{{0, 0}, {1, 0}, {2, 0}}, {{0, 1}, {1, 1}, {2, 1}}, {{0, 2}, {1, 2}, {2, 2}},
		{{0, 0}, {1, 1}, {2, 2}}, {{0, 2}, {1, 1}, {2, 0}},
	}
	for _, l := range lines {
		a, b2, c := b[l[0][0]][l[0][1]], b[l[1][0]][l[1][1]], b[l[2][0]][l[2][1]]
		if a != 0 && a == b2 && b2 == c {
			return a
		}
	}
	return 0
}

func (b Board) Moves() [][2]int {
	var ms [][2]int
	for r := range b {
		for c := range b[r] {
			if b[r][c] == 0 {
				ms = append(ms, [2]int{r, c})
			}
		}
	}
	return ms
}

func minimax(b Board, player byte, memo map[Board]int) int {
	if v, ok := memo[b]; ok {
		return v
	}
	if w := b.Winner(); w != 0 {
		if w == 'X' {
			return 1
		}
		return -1
	}
	ms := b.Moves()
	if len(ms) == 0 {
		return 0
	}
	best := -2
	if player == 'O' {
		best = 2
	}
	for _, m := range ms {
		nb := b // copy
		nb[m[0]][m[1]] = player
		next := byte('O')
		if player == 'O' {
			next = 'X'
		}
		v := minimax(nb, next, memo)
		if player == 'X' && v > best || player == 'O' && v < best {
			best = v
		}
	}
	memo[b] = best
	return best
}

func main() {
	var b Board
	memo := map[Board]int{}
	fmt.Println("empty board value:", minimax(b, 'X', memo), len(memo))
	b[1][1] = 'X'
	b[0][0] = 'O'
	c := b
	c[2][2] = 'X'
	fmt.Print(b, "--\n", c)
	fmt.Println(b == c, b.Winner(), len(b.Moves()), len(c.Moves()))
	player := byte('X')
	for b.Winner() == 0 && len(b.Moves()) > 0 {
		bestMove, bestVal := [2]int{-1, -1}, 0
		for i, m := range b.Moves() {
			nb := b
			nb[m[0]][m[1]] = player
			next := byte('O')
			if player == 'O' {
				next = 'X'
			}
			v := minimax(nb, next, memo)
			if i == 0 || player == 'X' && v > bestVal || player == 'O' && v < bestVal {
				bestMove, bestVal = m, v
			}
		}
		b[bestMove[0]][bestMove[1]] = player
		if player == 'X' {
			player = 'O'
		} else {
			player = 'X'
		}
	}
	fmt.Print(b)
	fmt.Printf("winner %q\n", b.Winner())
}
