package main

import (
	"fmt"
	"strings"
)

const input = `MMMSXXMASM
MSAMXMSMSA
AMXSXMAAMM
MSAMASMSMX
XMASAMXAMM
XXAMMXXAMA
SMSMSASXSS
SAXAMASAAA
MAMMMXMMMM
MXMXAXMASX`

type Grid []string

func (g Grid) at(r, c int) byte {
	if r < 0 || c < 0 || r >= len(g) || c >= len(g[r]) {
		return '.'
	}
	return g[r][c]
}

func (g Grid) countWord(word string) int {
	n := 0
	for r := range g {
		for c := range g[r] {
			for dr := -1; dr <= 1; dr++ {
				for dc := -1; dc <= 1; dc++ {
					if dr == 0 && dc == 0 {
						continue
					}
					ok := true
					for i := 0; i < len(word) && ok; i++ {
						ok = g.at(r+dr*i, c+dc*i) == word[i]
					}
					if ok {
						n++
					}
				}
			}
		}
	}
	return n
}

func (g Grid) countX() int {
	n := 0
	isMS := func(a, b byte) bool { return a == 'M' && b == 'S' || a == 'S' && b == 'M' }
	for r := 1; r < len(g)-1; r++ {
		for c := 1; c < len(g[r])-1; c++ {
			if g[r][c] == 'A' && isMS(g.at(r-1, c-1), g.at(r+1, c+1)) && isMS(g.at(r-1, c+1), g.at(r+1, c-1)) {
				n++
			}
		}
	}
	return n
}

func main() {
	g := Grid(strings.Split(input, "\n"))
	fmt.Println(g.countWord("XMAS"), g.countX(), g.countWord("MAS"), g.countWord("X"))
}
