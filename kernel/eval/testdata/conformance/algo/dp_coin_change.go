package main

import (
	"fmt"
	"math"
)

func minCoins(coins []int, amount int) (int, []int) {
	dp := make([]int, amount+1)
	last := make([]int, amount+1)
	for i := 1; i <= amount; i++ {
		dp[i] = math.MaxInt32
		for _, c := range coins {
			if c <= i && dp[i-c]+1 < dp[i] {
				dp[i] = dp[i-c] + 1
				last[i] = c
			}
		}
	}
	if dp[amount] >= math.MaxInt32 {
		return -1, nil
	}
	var used []int
	for a := amount; a > 0; a -= last[a] {
		used = append(used, last[a])
	}
	return dp[amount], used
}

func ways(coins []int, amount int) int64 {
	dp := make([]int64, amount+1)
	dp[0] = 1
	for _, c := range coins {
		for a := c; a <= amount; a++ {
			dp[a] += dp[a-c]
		}
	}
	return dp[amount]
}

func greedy(coins []int, amount int) map[int]int {
	out := map[int]int{}
	for i := len(coins) - 1; i >= 0; i-- {
		for amount >= coins[i] {
			out[coins[i]]++
			amount -= coins[i]
		}
	}
	return out
}

func main() {
	fmt.Println(minCoins([]int{1, 2, 5}, 11))
	fmt.Println(minCoins([]int{2}, 3))
	fmt.Println(minCoins([]int{1, 3, 4}, 6))
	fmt.Println(ways([]int{1, 5, 10, 25}, 100))
	fmt.Println(ways([]int{1, 5, 10, 25, 50, 100}, 1000))
	fmt.Println(greedy([]int{1, 5, 10, 25}, 68))
}
