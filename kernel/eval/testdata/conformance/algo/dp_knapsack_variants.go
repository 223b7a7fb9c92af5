package main

import "fmt"

type Item struct {
	Name   string
	Weight int
	Value  int
}

func knapsack01(items []Item, cap int) (int, []string) {
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
	w := cap
	for i := n; i > 0; i-- {
		if dp[i][w] != dp[i-1][w] {
			chosen = append(chosen, items[i-1].Name)
			w -= items[i-1].Weight
		}
	}
	return dp[n][cap], chosen
}

func unbounded(items []Item, cap int) int {
	dp := make([]int, cap+1)
	for w := 1; w <= cap; w++ {
		for _, it := range items {
			if it.Weight <= w {
				dp[w] = max(dp[w], dp[w-it.Weight]+it.Value)
			}
		}
	}
	return dp[cap]
}

func subsetSum(nums []int, target int) bool {
	can := make([]bool, target+1)
	can[0] = true
	for _, x := range nums {
		for s := target; s >= x; s-- {
			can[s] = can[s] || can[s-x]
		}
	}
	return can[target]
}

func main() {
	items := []Item{
		{"map", 9, 150}, {"compass", 13, 35}, {"water", 153, 200}, {"sandwich", 50, 160},
		{"glucose", 15, 60}, {"tin", 68, 45}, {"banana", 27, 60}, {"apple", 39, 40},
	}
	v, chosen := knapsack01(items, 200)
	fmt.Println(v, chosen)
	fmt.Println(unbounded([]Item{{"a", 1, 1}, {"b", 3, 4}, {"c", 4, 5}, {"d", 5, 7}}, 7))
	fmt.Println(subsetSum([]int{3, 34, 4, 12, 5, 2}, 9), subsetSum([]int{3, 34, 4, 12, 5, 2}, 30))
}
