package main

import "fmt"

type item struct {
	name          string
	weight, value int
}

func knapsack(items []item, cap int) (int, []string) {
	n := len(items)
	dp := make([][]int, n+1)
	for i := range dp {
		dp[i] = make([]int, cap+1)
	}
	for i := 1; i <= n; i++ {
		it := items[i-1]
		for w := 0; w <= cap; w++ {
			dp[i][w] = dp[i-1][w]
			if it.weight <= w && dp[i-1][w-it.weight]+it.value > dp[i][w] {
				dp[i][w] = dp[i-1][w-it.weight] + it.value
			}
		}
	}
	var chosen []string
	for i, w := n, cap; i > 0; i-- {
		if dp[i][w] != dp[i-1][w] {
			chosen = append(chosen, items[i-1].name)
			w -= items[i-1].weight
		}
	}
	return dp[n][cap], chosen
}

func coinChange(coins []int, amount int) int {
	const inf = 1 << 30
	dp := make([]int, amount+1)
	for i := 1; i <= amount; i++ {
		dp[i] = inf
		for _, c := range coins {
			if c <= i && dp[i-c]+1 < dp[i] {
				dp[i] = dp[i-c] + 1
			}
		}
	}
	if dp[amount] == inf {
		return -1
	}
	return dp[amount]
}

func main() {
	items := []item{{"map", 9, 150}, {"compass", 13, 35}, {"water", 153, 200}, {"sandwich", 50, 160},
		{"glucose", 15, 60}, {"tin", 68, 45}, {"banana", 27, 60}, {"apple", 39, 40}}
	fmt.Println(knapsack(items, 200))
	fmt.Println(coinChange([]int{1, 5, 10, 25}, 63), coinChange([]int{2}, 3), coinChange([]int{3, 7}, 0))
}
