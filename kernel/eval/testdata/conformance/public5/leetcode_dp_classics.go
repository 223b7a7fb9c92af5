package main

import (
	"fmt"
	"math"
	"strings"
)

func coinChange(coins []int, amount int) int {
	dp := make([]int, amount+1)
	for i := 1; i <= amount; i++ {
		dp[i] = math.MaxInt32
		for _, c := range coins {
			if c <= i && dp[i-c] != math.MaxInt32 {
				dp[i] = min(dp[i], dp[i-c]+1)
			}
		}
	}
	if dp[amount] == math.MaxInt32 {
		return -1
	}
	return dp[amount]
}

func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur := make([]int, len(b)+1)
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			if a[i-1] == b[j-1] {
				cur[j] = prev[j-1]
			} else {
				cur[j] = 1 + min(prev[j-1], prev[j], cur[j-1])
			}
		}
		prev = cur
	}
	return prev[len(b)]
}

func lcs(a, b string) string {
	dp := make([][]int, len(a)+1)
	for i := range dp {
		dp[i] = make([]int, len(b)+1)
	}
	for i := len(a) - 1; i >= 0; i-- {
		for j := len(b) - 1; j >= 0; j-- {
			if a[i] == b[j] {
				dp[i][j] = dp[i+1][j+1] + 1
			} else {
				dp[i][j] = max(dp[i+1][j], dp[i][j+1])
			}
		}
	}
	var sb strings.Builder
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] == b[j]:
			sb.WriteByte(a[i])
			i++
			j++
		case dp[i+1][j] >= dp[i][j+1]:
			i++
		default:
			j++
		}
	}
	return sb.String()
}

func lis(nums []int) int {
	var tails []int
	for _, n := range nums {
		lo, hi := 0, len(tails)
		for lo < hi {
			mid := (lo + hi) / 2
			if tails[mid] < n {
				lo = mid + 1
			} else {
				hi = mid
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

func knapsack(weights, values []int, capacity int) int {
	dp := make([]int, capacity+1)
	for i, w := range weights {
		for c := capacity; c >= w; c-- {
			dp[c] = max(dp[c], dp[c-w]+values[i])
		}
	}
	return dp[capacity]
}

func climb(n int, memo map[int]int) int {
	if n <= 2 {
		return n
	}
	if v, ok := memo[n]; ok {
		return v
	}
	memo[n] = climb(n-1, memo) + climb(n-2, memo)
	return memo[n]
}

func wordBreak(s string, dict []string) bool {
	words := map[string]bool{}
	for _, w := range dict {
		words[w] = true
	}
	dp := make([]bool, len(s)+1)
	dp[0] = true
	for i := 1; i <= len(s); i++ {
		for j := 0; j < i; j++ {
			if dp[j] && words[s[j:i]] {
				dp[i] = true
				break
			}
		}
	}
	return dp[len(s)]
}

func main() {
	fmt.Println(coinChange([]int{1, 2, 5}, 11), coinChange([]int{2}, 3), coinChange([]int{1}, 0))
	fmt.Println(editDistance("horse", "ros"), editDistance("intention", "execution"), editDistance("", "abc"))
	fmt.Println(lcs("ABCBDAB", "BDCABA"), lcs("abc", "def") == "")
	fmt.Println(lis([]int{10, 9, 2, 5, 3, 7, 101, 18}), lis(nil))
	fmt.Println(knapsack([]int{1, 3, 4, 5}, []int{1, 4, 5, 7}, 7))
	memo := map[int]int{}
	fmt.Println(climb(45, memo), len(memo))
	fmt.Println(wordBreak("leetcode", []string{"leet", "code"}), wordBreak("catsandog", []string{"cats", "dog", "sand", "and", "cat"}))
}
