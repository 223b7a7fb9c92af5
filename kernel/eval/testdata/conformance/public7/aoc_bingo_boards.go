package main

import (
	"fmt"
	"strconv"
	"strings"
)

const input = `7,4,9,5,11,17,23,2,0,14,21,24,10,16,13,6,15,25,12,22,18,20,8,19,3,26,1

22 13 17 11  0
 8  2 23  4 24
21  9 14 16  7
 6 10  3 18  5
 1 12 20 15 19

 3 15  0  2 22
 9 18 13 17  5
19  8  7 25 23
20 11 10 24  4
14 21 16 12  6

14 21 17 24  4
10 16 15  9 19
18  8 23 26 20
22 11 13  6  5
 2  0 12  3  7`

type Board struct {
	nums   [5][5]int
	marked [5][5]bool
	won    bool
}

func (b *Board) Mark(n int) bool {
	for r := range b.nums {
		for c := range b.nums[r] {
			if b.nums[r][c] == n {
				b.marked[r][c] = true
			}
		}
	}
	for i := 0; i < 5; i++ {
		row, col := true, true
		for j := 0; j < 5; j++ {
			row = row && b.marked[i][j]
			col = col && b.marked[j][i]
		}
		if row || col {
			return true
		}
	}
	return false
}

func (b Board) Unmarked() int {
	sum := 0
	for r, row := range b.nums {
		for c, v := range row {
			if !b.marked[r][c] {
				sum += v
			}
		}
	}
	return sum
}

func main() {
	blocks := strings.Split(input, "\n\n")
	var draws []int
	for _, s := range strings.Split(blocks[0], ",") {
		n, _ := strconv.Atoi(s)
		draws = append(draws, n)
	}
	var boards []*Board
	for _, blk := range blocks[1:] {
		b := &Board{}
		for i, f := range strings.Fields(blk) {
			n, _ := strconv.Atoi(f)
			b.nums[i/5][i%5] = n
		}
		boards = append(boards, b)
	}
	var scores []int
	for _, d := range draws {
		for i, b := range boards {
			if b.won {
				continue
			}
			if b.Mark(d) {
				b.won = true
				scores = append(scores, d*b.Unmarked())
				fmt.Printf("board %d wins on %d\n", i, d)
			}
		}
	}
	fmt.Println("first", scores[0], "last", scores[len(scores)-1])
	// Board is an array-backed value: a copy does not share marks
	cp := *boards[0]
	cp.marked = [5][5]bool{}
	fmt.Println(cp.Unmarked() != boards[0].Unmarked())
}
