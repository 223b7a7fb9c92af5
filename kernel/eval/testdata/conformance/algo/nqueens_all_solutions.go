package main

import (
	"fmt"
	"strings"
)

type Board struct {
	n    int
	cols []int
}

func (b *Board) safe(row, col int) bool {
	for r := range row {
		c := b.cols[r]
		if c == col || r-c == row-col || r+c == row+col {
			return false
		}
	}
	return true
}

func (b *Board) solve(row int, found func([]int)) {
	if row == b.n {
		found(append([]int(nil), b.cols...))
		return
	}
	for c := range b.n {
		if b.safe(row, c) {
			b.cols[row] = c
			b.solve(row+1, found)
		}
	}
}

func render(cols []int) string {
	var sb strings.Builder
	for _, c := range cols {
		sb.WriteString(strings.Repeat(". ", c) + "Q " + strings.Repeat(". ", len(cols)-c-1))
		sb.WriteString("\n")
	}
	return sb.String()
}

func countBits(n int) int {
	all := 1<<n - 1
	var rec func(cols, d1, d2 int) int
	rec = func(cols, d1, d2 int) int {
		if cols == all {
			return 1
		}
		count := 0
		avail := all &^ (cols | d1 | d2)
		for avail != 0 {
			bit := avail & -avail
			avail ^= bit
			count += rec(cols|bit, (d1|bit)<<1&all, (d2|bit)>>1)
		}
		return count
	}
	return rec(0, 0, 0)
}

func main() {
	b := &Board{n: 6, cols: make([]int, 6)}
	var sols [][]int
	b.solve(0, func(s []int) { sols = append(sols, s) })
	fmt.Println(len(sols), sols)
	fmt.Print(render(sols[0]))
	for n := 1; n <= 9; n++ {
		fmt.Print(countBits(n), " ")
	}
	fmt.Println()
}
