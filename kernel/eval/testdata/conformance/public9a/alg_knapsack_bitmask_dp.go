package main

import (
	"fmt"
	"math/bits"
)

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
	for i, it := range items {
		for w := 0; w <= cap; w++ {
			dp[i+1][w] = dp[i][w]
			if it.weight <= w {
				if v := dp[i][w-it.weight] + it.value; v > dp[i+1][w] {
					dp[i+1][w] = v
				}
			}
		}
	}
	var chosen []string
	w := cap
	for i := n; i > 0; i-- {
		if dp[i][w] != dp[i-1][w] {
			chosen = append(chosen, items[i-1].name)
			w -= items[i-1].weight
		}
	}
	return dp[n][cap], chosen
}

// tsp by Held-Karp over bitmasks
func tsp(d [][]int) int {
	n := len(d)
	const inf = 1 << 30
	dp := make([][]int, 1<<n)
	for m := range dp {
		dp[m] = make([]int, n)
		for j := range dp[m] {
			dp[m][j] = inf
		}
	}
	dp[1][0] = 0
	for m := uint(1); m < 1<<n; m++ {
		for j := 0; j < n; j++ {
			if dp[m][j] == inf || m&(1<<j) == 0 {
				continue
			}
			for k := 0; k < n; k++ {
				if m&(1<<k) != 0 {
					continue
				}
				nm := m | 1<<k
				dp[nm][k] = min(dp[nm][k], dp[m][j]+d[j][k])
			}
		}
	}
	best := inf
	for j := 1; j < n; j++ {
		best = min(best, dp[1<<n-1][j]+d[j][0])
	}
	return best
}

func main() {
	items := []item{{"map", 9, 150}, {"compass", 13, 35}, {"water", 153, 200}, {"sandwich", 50, 160},
		{"glucose", 15, 60}, {"tin", 68, 45}, {"banana", 27, 60}, {"apple", 39, 40}}
	v, ch := knapsack(items, 200)
	fmt.Println(v, ch)
	d := [][]int{{0, 10, 15, 20}, {10, 0, 35, 25}, {15, 35, 0, 30}, {20, 25, 30, 0}}
	fmt.Println("tsp", tsp(d))
	// subsets by popcount
	count := map[int]int{}
	for m := uint8(0); ; m++ {
		count[bits.OnesCount8(m)]++
		if m == 255 {
			break
		}
	}
	for k := 0; k <= 8; k++ {
		fmt.Print(count[k], " ")
	}
	fmt.Println()
	// iterate submasks
	mask := uint(0b10110)
	for s := mask; ; s = (s - 1) & mask {
		fmt.Printf("%05b ", s)
		if s == 0 {
			break
		}
	}
	fmt.Println()
}
