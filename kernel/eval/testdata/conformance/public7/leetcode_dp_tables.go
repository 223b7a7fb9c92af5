package main

import (
	"fmt"
	"strings"
)

func editDistance(a, b string) int {
	dp := make([][]int, len(a)+1)
	for i := range dp {
		dp[i] = make([]int, len(b)+1)
		dp[i][0] = i
	}
	for j := range dp[0] {
		dp[0][j] = j
	}
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			if a[i-1] == b[j-1] {
				dp[i][j] = dp[i-1][j-1]
			} else {
				dp[i][j] = 1 + min(dp[i-1][j], dp[i][j-1], dp[i-1][j-1])
			}
		}
	}
	return dp[len(a)][len(b)]
}

func coinChange(coins []int, amount int) int {
	dp := make([]int, amount+1)
	for i := 1; i <= amount; i++ {
		dp[i] = amount + 1
		for _, c := range coins {
			if c <= i {
				dp[i] = min(dp[i], dp[i-c]+1)
			}
		}
	}
	if dp[amount] > amount {
		return -1
	}
	return dp[amount]
}

func lis(nums []int) int {
	var tails []int
	for _, n := range nums {
		lo, hi := 0, len(tails)
		for lo < hi {
			m := (lo + hi) / 2
			if tails[m] < n {
				lo = m + 1
			} else {
				hi = m
			}
		}
		if lo == len(tails) {
			tails = append(tails, n)
		} else {
			tails[lo] = n
		}
	}
	return len(tails)
}

func uniquePaths(grid [][]int) int {
	dp := make([]int, len(grid[0]))
	dp[0] = 1
	for _, row := range grid {
		for j, v := range row {
			if v == 1 {
				dp[j] = 0
			} else if j > 0 {
				dp[j] += dp[j-1]
			}
		}
	}
	return dp[len(dp)-1]
}

func wordBreak(s string, dict []string) []string {
	set := map[string]bool{}
	for _, w := range dict {
		set[w] = true
	}
	memo := map[int][]string{}
	var solve func(int) []string
	solve = func(i int) []string {
		if i == len(s) {
			return []string{""}
		}
		if v, ok := memo[i]; ok {
			return v
		}
		var out []string
		for j := i + 1; j <= len(s); j++ {
			if set[s[i:j]] {
				for _, rest := range solve(j) {
					out = append(out, strings.TrimSpace(s[i:j]+" "+rest))
				}
			}
		}
		memo[i] = out
		return out
	}
	return solve(0)
}

func longestPalindrome(s string) string {
	n := len(s)
	dp := make([][]bool, n)
	for i := range dp {
		dp[i] = make([]bool, n)
	}
	start, best := 0, 1
	for length := 1; length <= n; length++ {
		for i := 0; i+length <= n; i++ {
			j := i + length - 1
			dp[i][j] = s[i] == s[j] && (length <= 2 || dp[i+1][j-1])
			if dp[i][j] && length > best {
				start, best = i, length
			}
		}
	}
	return s[start : start+best]
}

func main() {
	fmt.Println(editDistance("horse", "ros"), editDistance("intention", "execution"), editDistance("", "abc"))
	fmt.Println(coinChange([]int{1, 2, 5}, 11), coinChange([]int{2}, 3), coinChange([]int{186, 419, 83, 408}, 6249))
	fmt.Println(lis([]int{10, 9, 2, 5, 3, 7, 101, 18}), lis([]int{7, 7, 7}))
	fmt.Println(uniquePaths([][]int{{0, 0, 0}, {0, 1, 0}, {0, 0, 0}}))
	fmt.Printf("%q\n", wordBreak("catsanddog", []string{"cat", "cats", "and", "sand", "dog"}))
	fmt.Printf("%q\n", wordBreak("pineapplepenapple", []string{"apple", "pen", "applepen", "pine", "pineapple"}))
	fmt.Println(longestPalindrome("babad"), longestPalindrome("cbbd"), longestPalindrome("forgeeksskeegfor"))
}
