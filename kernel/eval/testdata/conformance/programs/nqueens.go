package main

import (
	"fmt"
	"strings"
)

type Board [][]bool

func solve(n int) (count int, first []int) {
	cols := make([]int, n)
	var place func(row int)
	place = func(row int) {
		if row == n {
			if count == 0 {
				first = append([]int(nil), cols...)
			}
			count++
			return
		}
	next:
		for c := 0; c < n; c++ {
			for r := 0; r < row; r++ {
				d := cols[r] - c
				if d == 0 || d == row-r || d == r-row {
					continue next
				}
			}
			cols[row] = c
			place(row + 1)
		}
	}
	place(0)
	return
}

func main() {
	for n := 1; n <= 8; n++ {
		c, f := solve(n)
		fmt.Printf("n=%d solutions=%d first=%v\n", n, c, f)
	}
	_, f := solve(6)
	for _, c := range f {
		fmt.Println(strings.Repeat(". ", c) + "Q " + strings.Repeat(". ", 5-c))
	}
}
