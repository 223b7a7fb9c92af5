package main

import (
	"fmt"
	"slices"
	"strings"
)

type Item struct {
	Name          string
	Weight, Value int
}

func knapsack(items []Item, cap int) (int, []string) {
	n := len(items)
	dp := make([][]int, n+1)
	for i := range dp {
		dp[i] = make([]int, cap+1)
	}
	for i := 1; i <= n; i++ {
		it := items[i-1]
		for w := 0; w <= cap; w++ {
			dp[i][w] = dp[i-1][w]
			if it.Weight <= w {
				dp[i][w] = max(dp[i][w], dp[i-1][w-it.Weight]+it.Value)
			}
		}
	}
	var chosen []string
	for i, w := n, cap; i > 0; i-- {
		if dp[i][w] != dp[i-1][w] {
			chosen = append(chosen, items[i-1].Name)
			w -= items[i-1].Weight
		}
	}
	slices.Reverse(chosen)
	return dp[n][cap], chosen
}

func lcs(a, b string) string {
	ra, rb := []rune(a), []rune(b)
	dp := make([][]int, len(ra)+1)
	for i := range dp {
		dp[i] = make([]int, len(rb)+1)
	}
	for i := len(ra) - 1; i >= 0; i-- {
		for j := len(rb) - 1; j >= 0; j-- {
			if ra[i] == rb[j] {
				dp[i][j] = 1 + dp[i+1][j+1]
			} else {
				dp[i][j] = max(dp[i+1][j], dp[i][j+1])
			}
		}
	}
	var sb strings.Builder
	for i, j := 0, 0; i < len(ra) && j < len(rb); {
		switch {
		case ra[i] == rb[j]:
			sb.WriteRune(ra[i])
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

func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur := make([]int, len(b)+1)
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev = cur
	}
	return prev[len(b)]
}

func coinWays(coins []int, amount int) (ways int, fewest int) {
	w := make([]int, amount+1)
	f := make([]int, amount+1)
	w[0] = 1
	for i := 1; i <= amount; i++ {
		f[i] = 1 << 30
	}
	for _, c := range coins {
		for a := c; a <= amount; a++ {
			w[a] += w[a-c]
			f[a] = min(f[a], f[a-c]+1)
		}
	}
	if f[amount] == 1<<30 {
		f[amount] = -1
	}
	return w[amount], f[amount]
}

func main() {
	items := []Item{{"map", 9, 150}, {"compass", 13, 35}, {"water", 153, 200}, {"sandwich", 50, 160}, {"glucose", 15, 60}, {"tin", 68, 45}, {"banana", 27, 60}, {"apple", 39, 40}}
	fmt.Println(knapsack(items, 200))
	fmt.Println(lcs("AGGTAB", "GXTXAYB"), lcs("고양이와 강아지", "고래와 강"), lcs("", "x"))
	fmt.Println(editDistance("kitten", "sitting"), editDistance("", "abc"), editDistance("flaw", "lawn"))
	fmt.Println(coinWays([]int{1, 2, 5}, 11))
	fmt.Println(coinWays([]int{2}, 3))
}
