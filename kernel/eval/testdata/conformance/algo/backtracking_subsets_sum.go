package main

import (
	"fmt"
	"slices"
)

func combinationSum(cands []int, target int) [][]int {
	slices.Sort(cands)
	var res [][]int
	var path []int
	var dfs func(start, rem int)
	dfs = func(start, rem int) {
		if rem == 0 {
			res = append(res, slices.Clone(path))
			return
		}
		for i := start; i < len(cands) && cands[i] <= rem; i++ {
			path = append(path, cands[i])
			dfs(i, rem-cands[i])
			path = path[:len(path)-1]
		}
	}
	dfs(0, target)
	return res
}

func wordSearch(board [][]byte, word string) bool {
	var dfs func(r, c, k int) bool
	dfs = func(r, c, k int) bool {
		if k == len(word) {
			return true
		}
		if r < 0 || c < 0 || r >= len(board) || c >= len(board[0]) || board[r][c] != word[k] {
			return false
		}
		tmp := board[r][c]
		board[r][c] = '#'
		found := dfs(r+1, c, k+1) || dfs(r-1, c, k+1) || dfs(r, c+1, k+1) || dfs(r, c-1, k+1)
		board[r][c] = tmp
		return found
	}
	for r := range board {
		for c := range board[r] {
			if dfs(r, c, 0) {
				return true
			}
		}
	}
	return false
}

func letterCombos(digits string) []string {
	if digits == "" {
		return nil
	}
	pad := map[byte]string{'2': "abc", '3': "def", '4': "ghi", '5': "jkl", '6': "mno", '7': "pqrs", '8': "tuv", '9': "wxyz"}
	res := []string{""}
	for i := range len(digits) {
		var next []string
		for _, p := range res {
			for _, ch := range pad[digits[i]] {
				next = append(next, p+string(ch))
			}
		}
		res = next
	}
	return res
}

func main() {
	fmt.Println(combinationSum([]int{2, 3, 6, 7}, 7))
	fmt.Println(combinationSum([]int{2, 3, 5}, 8))
	board := [][]byte{[]byte("ABCE"), []byte("SFCS"), []byte("ADEE")}
	fmt.Println(wordSearch(board, "ABCCED"), wordSearch(board, "SEE"), wordSearch(board, "ABCB"))
	fmt.Println(letterCombos("23"), len(letterCombos("79")))
}
