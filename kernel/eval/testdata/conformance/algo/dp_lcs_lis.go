package main

import (
	"fmt"
	"sort"
)

func LCS(a, b string) (int, string) {
	m, n := len(a), len(b)
	dp := make([][]int, m+1)
	for i := range dp {
		dp[i] = make([]int, n+1)
	}
	for i := 1; i <= m; i++ {
		for j := 1; j <= n; j++ {
			if a[i-1] == b[j-1] {
				dp[i][j] = dp[i-1][j-1] + 1
			} else {
				dp[i][j] = max(dp[i-1][j], dp[i][j-1])
			}
		}
	}
	out := make([]byte, dp[m][n])
	i, j, k := m, n, dp[m][n]
	for i > 0 && j > 0 {
		switch {
		case a[i-1] == b[j-1]:
			k--
			out[k] = a[i-1]
			i--
			j--
		case dp[i-1][j] >= dp[i][j-1]:
			i--
		default:
			j--
		}
	}
	return dp[m][n], string(out)
}

func LIS(a []int) int {
	var tails []int
	for _, x := range a {
		i := sort.SearchInts(tails, x)
		if i == len(tails) {
			tails = append(tails, x)
		} else {
			tails[i] = x
		}
	}
	return len(tails)
}

func maxSubarray(a []int) (best, from, to int) {
	best = a[0]
	cur, start := 0, 0
	for i, x := range a {
		if cur <= 0 {
			cur, start = x, i
		} else {
			cur += x
		}
		if cur > best {
			best, from, to = cur, start, i
		}
	}
	return
}

func main() {
	fmt.Println(LCS("ABCBDAB", "BDCABA"))
	fmt.Println(LCS("AGGTAB", "GXTXAYB"))
	fmt.Println(LCS("", "abc"))
	fmt.Println(LIS([]int{10, 9, 2, 5, 3, 7, 101, 18}))
	fmt.Println(LIS([]int{0, 8, 4, 12, 2, 10, 6, 14, 1, 9, 5, 13, 3, 11, 7, 15}))
	fmt.Println(maxSubarray([]int{-2, 1, -3, 4, -1, 2, 1, -5, 4}))
}
