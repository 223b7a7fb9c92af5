package main

import (
	"fmt"
	"sort"
)

func lis(a []int) []int {
	tails := []int{}
	tailIdx := []int{}
	prev := make([]int, len(a))
	for i, x := range a {
		j := sort.SearchInts(tails, x)
		if j == len(tails) {
			tails = append(tails, x)
			tailIdx = append(tailIdx, i)
		} else {
			tails[j] = x
			tailIdx[j] = i
		}
		if j > 0 {
			prev[i] = tailIdx[j-1]
		} else {
			prev[i] = -1
		}
	}
	out := make([]int, len(tails))
	for k, i := len(tails)-1, tailIdx[len(tailIdx)-1]; k >= 0; k, i = k-1, prev[i] {
		out[k] = a[i]
	}
	return out
}

func coinChange(coins []int, amount int) (int, map[int]int) {
	const inf = int(^uint(0) >> 1)
	dp := make([]int, amount+1)
	from := make([]int, amount+1)
	for i := 1; i <= amount; i++ {
		dp[i] = inf
		for _, c := range coins {
			if c <= i && dp[i-c] != inf && dp[i-c]+1 < dp[i] {
				dp[i] = dp[i-c] + 1
				from[i] = c
			}
		}
	}
	if dp[amount] == inf {
		return -1, nil
	}
	used := map[int]int{}
	for x := amount; x > 0; x -= from[x] {
		used[from[x]]++
	}
	return dp[amount], used
}

func ways(coins []int, amount int) uint64 {
	dp := make([]uint64, amount+1)
	dp[0] = 1
	for _, c := range coins {
		for i := c; i <= amount; i++ {
			dp[i] += dp[i-c]
		}
	}
	return dp[amount]
}

func main() {
	fmt.Println(lis([]int{10, 9, 2, 5, 3, 7, 101, 18, 4, 19}))
	fmt.Println(lis([]int{3, 2, 1}), lis([]int{1, 2, 3, 4}))
	for _, amt := range []int{0, 11, 3, 63, 7} {
		n, used := coinChange([]int{1, 5, 10, 21, 25}, amt)
		fmt.Println(amt, n, used)
	}
	fmt.Println(coinChange([]int{2}, 3))
	fmt.Println(ways([]int{1, 2, 5}, 5), ways([]int{2, 5, 3, 6}, 10), ways([]int{1, 5, 10, 25, 50, 100}, 1000))
}
