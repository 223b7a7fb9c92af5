package main

import (
	"fmt"
	"slices"
	"strings"
)

func nQueens(n int) (count int, first []int) {
	cols := make([]bool, n)
	d1 := make([]bool, 2*n)
	d2 := make([]bool, 2*n)
	pos := make([]int, n)
	var place func(r int)
	place = func(r int) {
		if r == n {
			if count == 0 {
				first = slices.Clone(pos)
			}
			count++
			return
		}
		for c := 0; c < n; c++ {
			if cols[c] || d1[r+c] || d2[r-c+n] {
				continue
			}
			cols[c], d1[r+c], d2[r-c+n] = true, true, true
			pos[r] = c
			place(r + 1)
			cols[c], d1[r+c], d2[r-c+n] = false, false, false
		}
	}
	place(0)
	return
}

type Sudoku [9][9]int

func (s *Sudoku) ok(r, c, v int) bool {
	for i := 0; i < 9; i++ {
		if s[r][i] == v || s[i][c] == v || s[r/3*3+i/3][c/3*3+i%3] == v {
			return false
		}
	}
	return true
}

func (s *Sudoku) Solve() bool {
	for r := 0; r < 9; r++ {
		for c := 0; c < 9; c++ {
			if s[r][c] != 0 {
				continue
			}
			for v := 1; v <= 9; v++ {
				if s.ok(r, c, v) {
					s[r][c] = v
					if s.Solve() {
						return true
					}
					s[r][c] = 0
				}
			}
			return false
		}
	}
	return true
}

func permutations[T any](xs []T) [][]T {
	if len(xs) <= 1 {
		return [][]T{slices.Clone(xs)}
	}
	var out [][]T
	for i := range xs {
		rest := append(slices.Clone(xs[:i]), xs[i+1:]...)
		for _, p := range permutations(rest) {
			out = append(out, append([]T{xs[i]}, p...))
		}
	}
	return out
}

func main() {
	for n := 1; n <= 8; n++ {
		c, f := nQueens(n)
		fmt.Println(n, c, f)
	}
	puzzle := "530070000600195000098000060800060003400803001700020006060000280000419005000080079"
	var s Sudoku
	for i, ch := range puzzle {
		s[i/9][i%9] = int(ch - '0')
	}
	orig := s
	fmt.Println(s.Solve())
	for _, row := range s {
		fmt.Println(strings.Trim(fmt.Sprint(row), "[]"))
	}
	fmt.Println(orig[0][2], s[0][2], orig == s)
	ps := permutations([]string{"a", "b", "c"})
	fmt.Println(len(ps), ps)
	fmt.Println(len(permutations([]int{1, 2, 3, 4, 5})), permutations([]int{}))
}
