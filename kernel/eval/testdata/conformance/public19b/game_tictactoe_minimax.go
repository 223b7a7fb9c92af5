package main

import (
	"fmt"
	"strings"
)

type Cell byte

const (
	Empty Cell = ' '
	X     Cell = 'X'
	O     Cell = 'O'
)

type Board [9]Cell

var lines = [8][3]int{{0, 1, 2}, {3, 4, 5}, {6, 7, 8}, {0, 3, 6}, {1, 4, 7}, {2, 5, 8}, {0, 4, 8}, {2, 4, 6}}

func (b Board) Winner() Cell {
	for _, l := range lines {
		if b[l[0]] != Empty && b[l[0]] == b[l[1]] && b[l[1]] == b[l[2]] {
			return b[l[0]]
		}
	}
	return Empty
}

func (b Board) Full() bool {
	for _, c := range b {
		if c == Empty {
			return false
		}
	}
	return true
}

func (b Board) String() string {
	var sb strings.Builder
	for r := range 3 {
		for c := range 3 {
			sb.WriteByte(byte(b[r*3+c]))
			if c < 2 {
				sb.WriteByte('|')
			}
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func other(p Cell) Cell {
	if p == X {
		return O
	}
	return X
}

var nodes int

func minimax(b Board, turn, me Cell) int {
	nodes++
	if w := b.Winner(); w != Empty {
		if w == me {
			return 1
		}
		return -1
	}
	if b.Full() {
		return 0
	}
	best := -2
	if turn != me {
		best = 2
	}
	for i := range b {
		if b[i] != Empty {
			continue
		}
		b[i] = turn
		s := minimax(b, other(turn), me)
		b[i] = Empty
		if turn == me && s > best || turn != me && s < best {
			best = s
		}
	}
	return best
}

func bestMove(b Board, p Cell) int {
	move, score := -1, -2
	for i := range b {
		if b[i] != Empty {
			continue
		}
		nb := b
		nb[i] = p
		if s := minimax(nb, other(p), p); s > score {
			move, score = i, s
		}
	}
	return move
}

func main() {
	var b Board
	for i := range b {
		b[i] = Empty
	}
	b[0], b[4] = X, O
	turn := X
	for b.Winner() == Empty && !b.Full() {
		m := bestMove(b, turn)
		b[m] = turn
		fmt.Printf("%c plays %d\n", turn, m)
		turn = other(turn)
	}
	fmt.Print(b)
	fmt.Printf("winner: %q full: %v nodes>0: %v\n", b.Winner(), b.Full(), nodes > 0)
	copyB := b
	copyB[0] = Empty
	fmt.Println(b[0] == X, copyB[0] == Empty, b != copyB)
}
