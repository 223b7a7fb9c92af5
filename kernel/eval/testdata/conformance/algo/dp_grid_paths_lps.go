package main

import (
	"fmt"
	"strings"
)

func uniquePaths(grid []string) int64 {
	h, w := len(grid), len(grid[0])
	dp := make([]int64, w)
	dp[0] = 1
	for r := range h {
		for c := range w {
			if grid[r][c] == '#' {
				dp[c] = 0
			} else if c > 0 {
				dp[c] += dp[c-1]
			}
		}
	}
	return dp[w-1]
}

func minPathSum(g [][]int) int {
	h, w := len(g), len(g[0])
	dp := make([][]int, h)
	for r := range dp {
		dp[r] = make([]int, w)
		for c := range dp[r] {
			switch {
			case r == 0 && c == 0:
				dp[r][c] = g[r][c]
			case r == 0:
				dp[r][c] = dp[r][c-1] + g[r][c]
			case c == 0:
				dp[r][c] = dp[r-1][c] + g[r][c]
			default:
				dp[r][c] = min(dp[r-1][c], dp[r][c-1]) + g[r][c]
			}
		}
	}
	return dp[h-1][w-1]
}

func longestPalSubseq(s string) int {
	n := len(s)
	dp := make([][]int, n)
	for i := range dp {
		dp[i] = make([]int, n)
		dp[i][i] = 1
	}
	for l := 2; l <= n; l++ {
		for i := 0; i+l-1 < n; i++ {
			j := i + l - 1
			if s[i] == s[j] {
				dp[i][j] = dp[i+1][j-1] + 2
			} else {
				dp[i][j] = max(dp[i+1][j], dp[i][j-1])
			}
		}
	}
	return dp[0][n-1]
}

func wordBreak(s string, dict []string) []string {
	words := map[string]bool{}
	for _, w := range dict {
		words[w] = true
	}
	memo := map[int][]string{}
	var rec func(i int) []string
	rec = func(i int) []string {
		if i == len(s) {
			return []string{""}
		}
		if r, ok := memo[i]; ok {
			return r
		}
		var out []string
		for j := i + 1; j <= len(s); j++ {
			if words[s[i:j]] {
				for _, rest := range rec(j) {
					out = append(out, strings.TrimSpace(s[i:j]+" "+rest))
				}
			}
		}
		memo[i] = out
		return out
	}
	return rec(0)
}

func main() {
	fmt.Println(uniquePaths([]string{"...", ".#.", "..."}), uniquePaths([]string{"................", "................", "................", "................", "................", "................", "................", "................"}))
	fmt.Println(minPathSum([][]int{{1, 3, 1}, {1, 5, 1}, {4, 2, 1}}))
	fmt.Println(longestPalSubseq("bbbab"), longestPalSubseq("character"))
	fmt.Printf("%q\n", wordBreak("catsanddog", []string{"cat", "cats", "and", "sand", "dog"}))
	fmt.Printf("%q\n", wordBreak("pineapplepenapple", []string{"apple", "pen", "applepen", "pine", "pineapple"}))
}
