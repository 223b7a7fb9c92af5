package main

import (
	"fmt"
	"strings"
)

const W, H = 8, 6

type Board [H][W]bool

func (b *Board) Neighbors(r, c int) int {
	n := 0
	for dr := -1; dr <= 1; dr++ {
		for dc := -1; dc <= 1; dc++ {
			if dr == 0 && dc == 0 {
				continue
			}
			rr, cc := (r+dr+H)%H, (c+dc+W)%W
			if b[rr][cc] {
				n++
			}
		}
	}
	return n
}

func (b Board) Step() Board {
	var next Board
	for r := range H {
		for c := range W {
			n := b.Neighbors(r, c)
			next[r][c] = n == 3 || (n == 2 && b[r][c])
		}
	}
	return next
}

func (b Board) String() string {
	var sb strings.Builder
	for _, row := range b {
		for _, cell := range row {
			if cell {
				sb.WriteByte('#')
			} else {
				sb.WriteByte('.')
			}
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func (b Board) Alive() (n int) {
	for _, row := range b {
		for _, c := range row {
			if c {
				n++
			}
		}
	}
	return
}

func main() {
	var b Board
	for _, p := range [][2]int{{0, 1}, {1, 2}, {2, 0}, {2, 1}, {2, 2}} {
		b[p[0]][p[1]] = true
	}
	start := b
	for gen := range 4 {
		fmt.Printf("gen %d alive %d\n", gen, b.Alive())
		b = b.Step()
	}
	fmt.Print(b)
	for range 20 {
		b = b.Step()
	}
	fmt.Println(b == start, b.Alive())
}
