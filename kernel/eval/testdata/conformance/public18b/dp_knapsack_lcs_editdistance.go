package main

import (
	"fmt"
	"strings"
)

type Item struct {
	Name          string
	Weight, Value int
}

func knapsack(items []Item, capacity int) (int, []string) {
	n := len(items)
	dp := make([][]int, n+1)
	for i := range dp {
		dp[i] = make([]int, capacity+1)
	}
	for i := 1; i <= n; i++ {
		it := items[i-1]
		for w := 0; w <= capacity; w++ {
			dp[i][w] = dp[i-1][w]
			if it.Weight <= w && dp[i-1][w-it.Weight]+it.Value > dp[i][w] {
				dp[i][w] = dp[i-1][w-it.Weight] + it.Value
			}
		}
	}
	var chosen []string
	for i, w := n, capacity; i > 0; i-- {
		if dp[i][w] != dp[i-1][w] {
			chosen = append(chosen, items[i-1].Name)
			w -= items[i-1].Weight
		}
	}
	return dp[n][capacity], chosen
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
				dp[i][j] = dp[i+1][j+1] + 1
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

func coinWays(coins []int, amount int) (ways int64, fewest int) {
	w := make([]int64, amount+1)
	f := make([]int, amount+1)
	w[0] = 1
	for i := 1; i <= amount; i++ {
		f[i] = -1
	}
	for _, c := range coins {
		for a := c; a <= amount; a++ {
			w[a] += w[a-c]
		}
	}
	for a := 1; a <= amount; a++ {
		for _, c := range coins {
			if c <= a && f[a-c] >= 0 && (f[a] < 0 || f[a-c]+1 < f[a]) {
				f[a] = f[a-c] + 1
			}
		}
	}
	return w[amount], f[amount]
}

func main() {
	items := []Item{{"map", 9, 150}, {"compass", 13, 35}, {"water", 153, 200}, {"sandwich", 50, 160}, {"glucose", 15, 60}, {"tin", 68, 45}, {"banana", 27, 60}, {"apple", 39, 40}}
	fmt.Println(knapsack(items, 200))
	fmt.Println(knapsack(items, 0))
	fmt.Printf("%q %q %q\n", lcs("AGGTAB", "GXTXAYB"), lcs("héllo wörld", "hello world"), lcs("", "x"))
	for _, p := range [][2]string{{"kitten", "sitting"}, {"", "abc"}, {"flaw", "lawn"}, {"same", "same"}} {
		fmt.Print(editDistance(p[0], p[1]), " ")
	}
	fmt.Println()
	fmt.Println(coinWays([]int{1, 2, 5}, 11))
	fmt.Println(coinWays([]int{2}, 3))
	fmt.Println(coinWays([]int{1, 5, 10, 25, 50}, 100))
}
