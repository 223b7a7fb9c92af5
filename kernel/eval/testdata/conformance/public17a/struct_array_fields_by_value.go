package main

import "fmt"

type Board struct {
	cells [3][3]byte
	moves int
}

func (b Board) With(r, c int, p byte) Board {
	b.cells[r][c] = p
	b.moves++
	return b
}

func (b *Board) Play(r, c int, p byte) { b.cells[r][c] = p; b.moves++ }

func (b Board) String() string {
	s := ""
	for _, row := range b.cells {
		for _, c := range row {
			if c == 0 {
				c = '.'
			}
			s += string(c)
		}
		s += "\n"
	}
	return s
}

func winner(b Board) byte {
	lines := [][3][2]int{
		{{0, 0}, {0, 1}, {0, 2}}, {{1, 0}, {1, 1}, {1, 2}}, {{2, 0}, {2, 1}, {2, 2}},
		{{0, 0}, {1, 0}, {2, 0}}, {{0, 1}, {1, 1}, {2, 1}}, {{0, 2}, {1, 2}, {2, 2}},
		{{0, 0}, {1, 1}, {2, 2}}, {{0, 2}, {1, 1}, {2, 0}},
	}
	for _, l := range lines {
		a, b2, c := b.cells[l[0][0]][l[0][1]], b.cells[l[1][0]][l[1][1]], b.cells[l[2][0]][l[2][1]]
		if a != 0 && a == b2 && b2 == c {
			return a
		}
	}
	return 0
}

func main() {
	var b Board
	b.Play(1, 1, 'X')
	hyp := b.With(0, 0, 'O')
	fmt.Print(b, "--\n", hyp)
	fmt.Println(b.moves, hyp.moves)
	history := []Board{b}
	for i, mv := range [][2]int{{0, 0}, {2, 2}, {0, 2}, {2, 0}} {
		p := byte('O')
		if i%2 == 1 {
			p = 'X'
		}
		b.Play(mv[0], mv[1], p)
		history = append(history, b)
	}
	b.Play(1, 0, 'X')
	fmt.Print(b)
	fmt.Printf("winner=%c history=%d first moves=%d\n", winner(b), len(history), history[0].moves)
	fmt.Println(history[2].cells == history[2].With(0, 0, 'O').cells, b == history[4])
}
