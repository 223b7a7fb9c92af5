package main

import (
	"fmt"
	"strings"
)

func lcs(a, b string) string {
	ra, rb := []rune(a), []rune(b)
	dp := make([][]int, len(ra)+1)
	for i := range dp {
		dp[i] = make([]int, len(rb)+1)
	}
	for i := 1; i <= len(ra); i++ {
		for j := 1; j <= len(rb); j++ {
			if ra[i-1] == rb[j-1] {
				dp[i][j] = dp[i-1][j-1] + 1
			} else {
				dp[i][j] = max(dp[i-1][j], dp[i][j-1])
			}
		}
	}
	var sb []rune
	for i, j := len(ra), len(rb); i > 0 && j > 0; {
		switch {
		case ra[i-1] == rb[j-1]:
			sb = append(sb, ra[i-1])
			i--
			j--
		case dp[i-1][j] >= dp[i][j-1]:
			i--
		default:
			j--
		}
	}
	for l, r := 0, len(sb)-1; l < r; l, r = l+1, r-1 {
		sb[l], sb[r] = sb[r], sb[l]
	}
	return string(sb)
}

func edit(a, b string) (int, []string) {
	n, m := len(a), len(b)
	d := make([][]int, n+1)
	for i := range d {
		d[i] = make([]int, m+1)
		d[i][0] = i
	}
	for j := 0; j <= m; j++ {
		d[0][j] = j
	}
	for i := 1; i <= n; i++ {
		for j := 1; j <= m; j++ {
			c := 1
			if a[i-1] == b[j-1] {
				c = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+c)
		}
	}
	var ops []string
	i, j := n, m
	for i > 0 || j > 0 {
		switch {
		case i > 0 && j > 0 && a[i-1] == b[j-1] && d[i][j] == d[i-1][j-1]:
			i, j = i-1, j-1
		case i > 0 && j > 0 && d[i][j] == d[i-1][j-1]+1:
			ops = append(ops, fmt.Sprintf("sub %c->%c@%d", a[i-1], b[j-1], i-1))
			i, j = i-1, j-1
		case i > 0 && d[i][j] == d[i-1][j]+1:
			ops = append(ops, fmt.Sprintf("del %c@%d", a[i-1], i-1))
			i--
		default:
			ops = append(ops, fmt.Sprintf("ins %c@%d", b[j-1], i))
			j--
		}
	}
	return d[n][m], ops
}

func main() {
	pairs := [][2]string{{"kitten", "sitting"}, {"flaw", "lawn"}, {"intention", "execution"}, {"", "abc"}, {"same", "same"}}
	for _, p := range pairs {
		n, ops := edit(p[0], p[1])
		fmt.Printf("%-10q %-10q %d [%s]\n", p[0], p[1], n, strings.Join(ops, ", "))
	}
	fmt.Println(lcs("AGGTAB", "GXTXAYB"), lcs("한국어문장", "한글문장들"), lcs("abc", "def") == "")
}
