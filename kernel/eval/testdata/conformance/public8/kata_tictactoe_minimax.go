package main

import (
	"fmt"
	"strings"
)

type Board [9]byte

var lines = [8][3]int{{0, 1, 2}, {3, 4, 5}, {6, 7, 8}, {0, 3, 6}, {1, 4, 7}, {2, 5, 8}, {0, 4, 8}, {2, 4, 6}}

func (b *Board) Winner() byte {
	for _, l := range lines {
		if b[l[0]] != ' ' && b[l[0]] == b[l[1]] && b[l[1]] == b[l[2]] {
			return b[l[0]]
		}
	}
	return 0
}

func (b *Board) Full() bool { return !strings.Contains(string(b[:]), " ") }

func minimax(b *Board, player byte, nodes *int) (score, move int) {
	*nodes++
	if w := b.Winner(); w != 0 {
		if w == 'X' {
			return 1, -1
		}
		return -1, -1
	}
	if b.Full() {
		return 0, -1
	}
	best, bestMove := -2, -1
	if player == 'O' {
		best = 2
	}
	for i := range b {
		if b[i] != ' ' {
			continue
		}
		b[i] = player
		next := byte('O')
		if player == 'O' {
			next = 'X'
		}
		s, _ := minimax(b, next, nodes)
		b[i] = ' '
		if player == 'X' && s > best || player == 'O' && s < best {
			best, bestMove = s, i
		}
	}
	return best, bestMove
}

func (b Board) String() string {
	rows := make([]string, 3)
	for r := range 3 {
		rows[r] = strings.Join(strings.Split(string(b[r*3:r*3+3]), ""), "|")
	}
	return strings.Join(rows, "\n-+-+-\n")
}

func main() {
	var b Board
	copy(b[:], "X O  O  X")
	nodes := 0
	s, m := minimax(&b, 'X', &nodes)
	fmt.Println("score", s, "move", m)
	player := byte('X')
	for b.Winner() == 0 && !b.Full() {
		_, mv := minimax(&b, player, &nodes)
		b[mv] = player
		if player == 'X' {
			player = 'O'
		} else {
			player = 'X'
		}
	}
	fmt.Println(b)
	fmt.Printf("winner %q nodes>0 %v\n", b.Winner(), nodes > 0)
}
