package main

import (
	"fmt"
	"strings"
)

type Board [9]byte

func (b Board) String() string {
	var sb strings.Builder
	for r := 0; r < 3; r++ {
		for c := 0; c < 3; c++ {
			ch := b[r*3+c]
			if ch == 0 {
				ch = '.'
			}
			sb.WriteByte(ch)
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

var lines = [8][3]int{{0, 1, 2}, {3, 4, 5}, {6, 7, 8}, {0, 3, 6}, {1, 4, 7}, {2, 5, 8}, {0, 4, 8}, {2, 4, 6}}

func (b Board) Winner() byte {
	for _, l := range lines {
		if b[l[0]] != 0 && b[l[0]] == b[l[1]] && b[l[1]] == b[l[2]] {
			return b[l[0]]
		}
	}
	return 0
}

func (b Board) Full() bool {
	for _, c := range b {
		if c == 0 {
			return false
		}
	}
	return true
}

var nodes int

func minimax(b Board, player byte, depth int) (score, move int) {
	nodes++
	if w := b.Winner(); w != 0 {
		if w == 'X' {
			return 10 - depth, -1
		}
		return depth - 10, -1
	}
	if b.Full() {
		return 0, -1
	}
	best, bestMove := -100, -1
	if player == 'O' {
		best = 100
	}
	for i := range b {
		if b[i] != 0 {
			continue
		}
		b[i] = player
		next := byte('O')
		if player == 'O' {
			next = 'X'
		}
		s, _ := minimax(b, next, depth+1)
		b[i] = 0
		if player == 'X' && s > best || player == 'O' && s < best {
			best, bestMove = s, i
		}
	}
	return best, bestMove
}

func main() {
	b := Board{0: 'X', 4: 'O'}
	player := byte('X')
	for b.Winner() == 0 && !b.Full() {
		_, m := minimax(b, player, 0)
		b[m] = player
		if player == 'X' {
			player = 'O'
		} else {
			player = 'X'
		}
	}
	fmt.Print(b)
	fmt.Printf("winner=%q nodes=%d\n", b.Winner(), nodes)
	nodes = 0
	b2 := Board{'X', 'O', 'X', 0, 'O', 0, 0, 0, 0}
	s, m := minimax(b2, 'X', 0)
	fmt.Println(s, m, nodes)
}
