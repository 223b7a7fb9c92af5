package main

import (
	"fmt"
	"strings"
)

func levenshtein(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

type item struct {
	name          string
	weight, value int
}

func knapsack(items []item, cap int) (int, []string) {
	dp := make([][]int, len(items)+1)
	for i := range dp {
		dp[i] = make([]int, cap+1)
	}
	for i := 1; i <= len(items); i++ {
		it := items[i-1]
		for w := 0; w <= cap; w++ {
			dp[i][w] = dp[i-1][w]
			if it.weight <= w {
				if v := dp[i-1][w-it.weight] + it.value; v > dp[i][w] {
					dp[i][w] = v
				}
			}
		}
	}
	var chosen []string
	w := cap
	for i := len(items); i > 0; i-- {
		if dp[i][w] != dp[i-1][w] {
			chosen = append(chosen, items[i-1].name)
			w -= items[i-1].weight
		}
	}
	return dp[len(items)][cap], chosen
}

func lcs(a, b string) string {
	m, n := len(a), len(b)
	t := make([][]int, m+1)
	for i := range t {
		t[i] = make([]int, n+1)
	}
	for i := m - 1; i >= 0; i-- {
		for j := n - 1; j >= 0; j-- {
			if a[i] == b[j] {
				t[i][j] = t[i+1][j+1] + 1
			} else {
				t[i][j] = max(t[i+1][j], t[i][j+1])
			}
		}
	}
	var sb strings.Builder
	for i, j := 0, 0; i < m && j < n; {
		switch {
		case a[i] == b[j]:
			sb.WriteByte(a[i])
			i++
			j++
		case t[i+1][j] >= t[i][j+1]:
			i++
		default:
			j++
		}
	}
	return sb.String()
}

func coinChange(coins []int, amount int) (int, map[int]int) {
	const inf = 1 << 30
	dp := make([]int, amount+1)
	from := make([]int, amount+1)
	for i := 1; i <= amount; i++ {
		dp[i] = inf
		for _, c := range coins {
			if c <= i && dp[i-c]+1 < dp[i] {
				dp[i] = dp[i-c] + 1
				from[i] = c
			}
		}
	}
	used := map[int]int{}
	for a := amount; a > 0 && dp[amount] < inf; a -= from[a] {
		used[from[a]]++
	}
	return dp[amount], used
}

func main() {
	pairs := [][2]string{{"kitten", "sitting"}, {"rosettacode", "raisethysword"}, {"", "abc"}, {"über", "uber"}, {"same", "same"}}
	for _, p := range pairs {
		fmt.Printf("%s -> %s: %d\n", p[0], p[1], levenshtein(p[0], p[1]))
	}
	items := []item{
		{"map", 9, 150}, {"compass", 13, 35}, {"water", 153, 200}, {"sandwich", 50, 160},
		{"glucose", 15, 60}, {"tin", 68, 45}, {"banana", 27, 60}, {"apple", 39, 40},
		{"cheese", 23, 30}, {"beer", 52, 10}, {"suntan cream", 11, 70}, {"camera", 32, 30},
		{"T-shirt", 24, 15}, {"trousers", 48, 10}, {"umbrella", 73, 40}, {"waterproof trousers", 42, 70},
		{"waterproof overclothes", 43, 75}, {"note-case", 22, 80}, {"sunglasses", 7, 20}, {"towel", 18, 12},
		{"socks", 4, 50}, {"book", 30, 10},
	}
	v, chosen := knapsack(items, 400)
	fmt.Println(v, len(chosen), chosen)
	fmt.Println(lcs("thisisatest", "testing123testing"), lcs("1234", "1224533324"))
	n, used := coinChange([]int{1, 5, 10, 25}, 63)
	fmt.Println(n, used)
	n, used = coinChange([]int{2}, 3)
	fmt.Println(n == 1<<30, len(used))
}
