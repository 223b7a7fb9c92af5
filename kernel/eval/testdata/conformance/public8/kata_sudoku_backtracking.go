package main

import (
	"fmt"
	"strings"
)

type Board [9][9]int8

func parse(s string) (b Board) {
	s = strings.ReplaceAll(s, "\n", "")
	for i, c := range s {
		if c >= '1' && c <= '9' {
			b[i/9][i%9] = int8(c - '0')
		}
	}
	return
}

func (b *Board) ok(r, c int, v int8) bool {
	for i := range 9 {
		if b[r][i] == v || b[i][c] == v {
			return false
		}
	}
	br, bc := r/3*3, c/3*3
	for i := br; i < br+3; i++ {
		for j := bc; j < bc+3; j++ {
			if b[i][j] == v {
				return false
			}
		}
	}
	return true
}

func (b *Board) Solve(steps *int) bool {
	for r := range 9 {
		for c := range 9 {
			if b[r][c] != 0 {
				continue
			}
			for v := int8(1); v <= 9; v++ {
				if b.ok(r, c, v) {
					b[r][c] = v
					*steps++
					if b.Solve(steps) {
						return true
					}
					b[r][c] = 0
				}
			}
			return false
		}
	}
	return true
}

func (b Board) String() string {
	var sb strings.Builder
	for r, row := range b {
		if r%3 == 0 && r > 0 {
			sb.WriteString("------+-------+------\n")
		}
		for c, v := range row {
			if c%3 == 0 && c > 0 {
				sb.WriteString("| ")
			}
			fmt.Fprintf(&sb, "%d ", v)
		}
		sb.WriteString("\n")
	}
	return sb.String()
}

func main() {
	b := parse(`
53..7....
6..195...
.98....6.
8...6...3
4..8.3..1
7...2...6
.6....28.
...419..5
....8..79`)
	orig := b
	steps := 0
	fmt.Println(b.Solve(&steps), steps)
	fmt.Print(b)
	fmt.Println(orig[0], orig == b)
	bad := orig
	bad[0][2] = 5
	steps = 0
	fmt.Println(bad.Solve(&steps))
}
