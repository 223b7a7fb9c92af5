package main

import (
	"fmt"
	"slices"
)

type Item struct {
	Name   string
	Weight int
	Value  int
}

func knapsack(items []Item, cap int) (int, []string) {
	dp := make([][]int, len(items)+1)
	for i := range dp {
		dp[i] = make([]int, cap+1)
	}
	for i := 1; i <= len(items); i++ {
		it := items[i-1]
		for w := 0; w <= cap; w++ {
			dp[i][w] = dp[i-1][w]
			if it.Weight <= w {
				dp[i][w] = max(dp[i][w], dp[i-1][w-it.Weight]+it.Value)
			}
		}
	}
	var chosen []string
	for i, w := len(items), cap; i > 0; i-- {
		if dp[i][w] != dp[i-1][w] {
			chosen = append(chosen, items[i-1].Name)
			w -= items[i-1].Weight
		}
	}
	slices.Reverse(chosen)
	return dp[len(items)][cap], chosen
}

func coinChange(coins []int, amount int) (int, []int) {
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
	if dp[amount] >= inf {
		return -1, nil
	}
	var used []int
	for a := amount; a > 0; a -= from[a] {
		used = append(used, from[a])
	}
	return dp[amount], used
}

func main() {
	items := []Item{{"map", 9, 150}, {"compass", 13, 35}, {"water", 153, 200}, {"sandwich", 50, 160}, {"glucose", 15, 60}, {"tin", 68, 45}, {"banana", 27, 60}, {"apple", 39, 40}}
	v, chosen := knapsack(items, 200)
	fmt.Println(v, chosen)
	for _, amt := range []int{11, 3, 0, 63} {
		n, used := coinChange([]int{1, 5, 10, 25}, amt)
		fmt.Println(amt, n, used)
	}
	n, used := coinChange([]int{4, 7}, 5)
	fmt.Println(n, used == nil)
}
