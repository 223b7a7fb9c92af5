package main

import (
	"fmt"
	"strings"
)

func queens(n int) (count int, first []int) {
	cols := make([]int, n)
	var place func(r int)
	place = func(r int) {
		if r == n {
			if count == 0 {
				first = append([]int(nil), cols...)
			}
			count++
			return
		}
	next:
		for c := 0; c < n; c++ {
			for pr := 0; pr < r; pr++ {
				pc := cols[pr]
				if pc == c || pc-c == pr-r || pc-c == r-pr {
					continue next
				}
			}
			cols[r] = c
			place(r + 1)
		}
	}
	place(0)
	return
}

func permutations(s []rune) []string {
	if len(s) <= 1 {
		return []string{string(s)}
	}
	var out []string
	for i := range s {
		rest := make([]rune, 0, len(s)-1)
		rest = append(rest, s[:i]...)
		rest = append(rest, s[i+1:]...)
		for _, p := range permutations(rest) {
			out = append(out, string(s[i])+p)
		}
	}
	return out
}

func hanoi(n int, from, to, via string, moves *[]string) {
	if n == 0 {
		return
	}
	hanoi(n-1, from, via, to, moves)
	*moves = append(*moves, from+"->"+to)
	hanoi(n-1, via, to, from, moves)
}

func main() {
	for n := 4; n <= 8; n++ {
		c, f := queens(n)
		fmt.Println(n, c, f)
	}
	_, f := queens(6)
	for _, c := range f {
		fmt.Println(strings.Repeat(". ", c) + "Q " + strings.Repeat(". ", 5-c))
	}
	fmt.Println(permutations([]rune("abc")))
	var moves []string
	hanoi(4, "A", "C", "B", &moves)
	fmt.Println(len(moves), moves[:5])
}
