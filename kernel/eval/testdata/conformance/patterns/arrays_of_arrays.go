package main

import "fmt"

type Board [3][3]byte

func (b Board) String() string {
	s := ""
	for _, row := range b {
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

func (b Board) Winner() byte {
	lines := [8][3][2]int{
		{{0, 0}, {0, 1}, {0, 2}}, {{1, 0}, {1, 1}, {1, 2}}, {{2, 0}, {2, 1}, {2, 2}},
		{{0, 0}, {1, 0}, {2, 0}}, {{0, 1}, {1, 1}, {2, 1}}, {{0, 2}, {1, 2}, {2, 2}},
		{{0, 0}, {1, 1}, {2, 2}}, {{0, 2}, {1, 1}, {2, 0}},
	}
	for _, l := range lines {
		a := b[l[0][0]][l[0][1]]
		if a != 0 && a == b[l[1][0]][l[1][1]] && a == b[l[2][0]][l[2][1]] {
			return a
		}
	}
	return 0
}

func main() {
	var b Board
	moves := [][2]int{{1, 1}, {0, 0}, {2, 2}, {0, 2}, {0, 1}, {2, 1}, {1, 0}, {1, 2}, {2, 0}}
	for i, m := range moves {
		p := byte('X')
		if i%2 == 1 {
			p = 'O'
		}
		b[m[0]][m[1]] = p
		if w := b.Winner(); w != 0 {
			fmt.Printf("winner %c after %d moves\n", w, i+1)
			break
		}
	}
	fmt.Print(b)
	c := b
	c[0][0] = 'Z'
	fmt.Println(b[0][0] == 'O', c[0][0] == 'Z', b == c)
	row := b[1]
	row[0] = '?'
	fmt.Println(string(b[1][:]), string(row[:]))
	var cube [2][2][2]int
	for i := range cube {
		for j := range cube[i] {
			for k := range cube[i][j] {
				cube[i][j][k] = i*4 + j*2 + k
			}
		}
	}
	fmt.Println(cube, len(cube[0][1]))
	p := &cube[1]
	p[0][0] = 99
	fmt.Println(cube[1][0])
	jag := [][]int{{1}, {2, 3}, {}}
	fmt.Println(jag, len(jag[2]))
}
