package main

import (
	"fmt"
	"slices"
	"strings"
)

func permuteUnique(nums []int) [][]int {
	slices.Sort(nums)
	var out [][]int
	used := make([]bool, len(nums))
	var cur []int
	var bt func()
	bt = func() {
		if len(cur) == len(nums) {
			out = append(out, slices.Clone(cur))
			return
		}
		for i, n := range nums {
			if used[i] || (i > 0 && nums[i] == nums[i-1] && !used[i-1]) {
				continue
			}
			used[i] = true
			cur = append(cur, n)
			bt()
			cur = cur[:len(cur)-1]
			used[i] = false
		}
	}
	bt()
	return out
}

func combinationSum(cands []int, target int) (out [][]int) {
	var path []int
	var dfs func(start, remain int)
	dfs = func(start, remain int) {
		if remain == 0 {
			out = append(out, append([]int(nil), path...))
			return
		}
		for i := start; i < len(cands); i++ {
			if cands[i] <= remain {
				path = append(path, cands[i])
				dfs(i, remain-cands[i])
				path = path[:len(path)-1]
			}
		}
	}
	dfs(0, target)
	return
}

func solveNQueens(n int) [][]string {
	var out [][]string
	cols := make([]int, n)
	var place func(row int, colMask, d1, d2 uint)
	place = func(row int, colMask, d1, d2 uint) {
		if row == n {
			board := make([]string, n)
			for r, c := range cols {
				board[r] = strings.Repeat(".", c) + "Q" + strings.Repeat(".", n-c-1)
			}
			out = append(out, board)
			return
		}
		free := ^(colMask | d1 | d2) & (1<<n - 1)
		for free != 0 {
			bit := free & -free
			free ^= bit
			c := 0
			for 1<<c != bit {
				c++
			}
			cols[row] = c
			place(row+1, colMask|bit, (d1|bit)<<1, (d2|bit)>>1)
		}
	}
	place(0, 0, 0, 0)
	return out
}

func letterCombinations(digits string) []string {
	if digits == "" {
		return nil
	}
	keys := [...]string{"", "", "abc", "def", "ghi", "jkl", "mno", "pqrs", "tuv", "wxyz"}
	res := []string{""}
	for _, d := range digits {
		var next []string
		for _, p := range res {
			for _, c := range keys[d-'0'] {
				next = append(next, p+string(c))
			}
		}
		res = next
	}
	return res
}

func generateParens(n int) []string {
	var out []string
	var gen func(s []byte, open, close int)
	gen = func(s []byte, open, close int) {
		if len(s) == 2*n {
			out = append(out, string(s))
			return
		}
		if open < n {
			gen(append(s, '('), open+1, close)
		}
		if close < open {
			gen(append(s, ')'), open, close+1)
		}
	}
	gen(make([]byte, 0, 2*n), 0, 0)
	return out
}

func main() {
	fmt.Println(permuteUnique([]int{1, 2, 1}))
	fmt.Println(combinationSum([]int{2, 3, 6, 7}, 7), combinationSum([]int{2, 3, 5}, 8))
	qs := solveNQueens(6)
	fmt.Println(len(qs), len(solveNQueens(8)))
	for _, row := range qs[0] {
		fmt.Println(row)
	}
	fmt.Println(letterCombinations("23"), len(letterCombinations("79")))
	fmt.Println(generateParens(3))
}
