package main

import (
	"fmt"
	"strings"
)

func editDistance(a, b string) (int, []string) {
	ra, rb := []rune(a), []rune(b)
	m, n := len(ra), len(rb)
	dp := make([][]int, m+1)
	for i := range dp {
		dp[i] = make([]int, n+1)
		dp[i][0] = i
	}
	for j := range n + 1 {
		dp[0][j] = j
	}
	for i := 1; i <= m; i++ {
		for j := 1; j <= n; j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			dp[i][j] = min(dp[i-1][j]+1, dp[i][j-1]+1, dp[i-1][j-1]+cost)
		}
	}
	var ops []string
	i, j := m, n
	for i > 0 || j > 0 {
		switch {
		case i > 0 && j > 0 && ra[i-1] == rb[j-1] && dp[i][j] == dp[i-1][j-1]:
			i, j = i-1, j-1
		case i > 0 && j > 0 && dp[i][j] == dp[i-1][j-1]+1:
			ops = append(ops, fmt.Sprintf("sub %c->%c", ra[i-1], rb[j-1]))
			i, j = i-1, j-1
		case i > 0 && dp[i][j] == dp[i-1][j]+1:
			ops = append(ops, fmt.Sprintf("del %c", ra[i-1]))
			i--
		default:
			ops = append(ops, fmt.Sprintf("ins %c", rb[j-1]))
			j--
		}
	}
	return dp[m][n], ops
}

func main() {
	for _, p := range [][2]string{{"kitten", "sitting"}, {"flaw", "lawn"}, {"", "abc"}, {"café", "cafe"}, {"same", "same"}} {
		d, ops := editDistance(p[0], p[1])
		fmt.Printf("%q -> %q: %d [%s]\n", p[0], p[1], d, strings.Join(ops, ", "))
	}
}
