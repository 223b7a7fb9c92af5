package main

import "fmt"

type Board [9]byte

var lines = [8][3]int{{0, 1, 2}, {3, 4, 5}, {6, 7, 8}, {0, 3, 6}, {1, 4, 7}, {2, 5, 8}, {0, 4, 8}, {2, 4, 6}}

func (b *Board) winner() byte {
	for _, l := range lines {
		if b[l[0]] != ' ' && b[l[0]] == b[l[1]] && b[l[1]] == b[l[2]] {
			return b[l[0]]
		}
	}
	return 0
}

func (b *Board) full() bool {
	for _, c := range b {
		if c == ' ' {
			return false
		}
	}
	return true
}

func minimax(b *Board, player byte) (score, move int) {
	if w := b.winner(); w == 'X' {
		return 1, -1
	} else if w == 'O' {
		return -1, -1
	} else if b.full() {
		return 0, -1
	}
	best := -2
	if player == 'O' {
		best = 2
	}
	move = -1
	for i := range b {
		if b[i] != ' ' {
			continue
		}
		b[i] = player
		next := byte('O')
		if player == 'O' {
			next = 'X'
		}
		s, _ := minimax(b, next)
		b[i] = ' '
		if player == 'X' && s > best || player == 'O' && s < best {
			best, move = s, i
		}
	}
	return best, move
}

func main() {
	var b Board
	for i := range b {
		b[i] = ' '
	}
	b[0], b[4] = 'X', 'O'
	player := byte('X')
	for b.winner() == 0 && !b.full() {
		_, m := minimax(&b, player)
		b[m] = player
		fmt.Printf("%c plays %d\n", player, m)
		if player == 'X' {
			player = 'O'
		} else {
			player = 'X'
		}
	}
	fmt.Printf("%q winner=%d\n", string(b[:]), b.winner())
}
