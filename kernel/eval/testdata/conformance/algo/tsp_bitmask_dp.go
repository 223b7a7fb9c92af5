package main

import (
	"fmt"
	"math"
)

func tsp(dist [][]int) (int, []int) {
	n := len(dist)
	full := 1 << n
	dp := make([][]int, full)
	parent := make([][]int, full)
	for m := range dp {
		dp[m] = make([]int, n)
		parent[m] = make([]int, n)
		for i := range dp[m] {
			dp[m][i] = math.MaxInt32
			parent[m][i] = -1
		}
	}
	dp[1][0] = 0
	for mask := 1; mask < full; mask++ {
		for last := range n {
			if mask&(1<<last) == 0 || dp[mask][last] == math.MaxInt32 {
				continue
			}
			for next := range n {
				if mask&(1<<next) != 0 {
					continue
				}
				nm := mask | 1<<next
				if c := dp[mask][last] + dist[last][next]; c < dp[nm][next] {
					dp[nm][next] = c
					parent[nm][next] = last
				}
			}
		}
	}
	best, bestLast := math.MaxInt32, -1
	for last := 1; last < n; last++ {
		if c := dp[full-1][last] + dist[last][0]; c < best {
			best, bestLast = c, last
		}
	}
	var tour []int
	mask, cur := full-1, bestLast
	for cur != -1 {
		tour = append([]int{cur}, tour...)
		prev := parent[mask][cur]
		mask &^= 1 << cur
		cur = prev
	}
	return best, append(tour, 0)
}

func main() {
	d := [][]int{
		{0, 10, 15, 20},
		{10, 0, 35, 25},
		{15, 35, 0, 30},
		{20, 25, 30, 0},
	}
	fmt.Println(tsp(d))
	d2 := [][]int{
		{0, 29, 20, 21, 16, 31, 100, 12},
		{29, 0, 15, 29, 28, 40, 72, 21},
		{20, 15, 0, 15, 14, 25, 81, 9},
		{21, 29, 15, 0, 4, 12, 92, 12},
		{16, 28, 14, 4, 0, 16, 94, 9},
		{31, 40, 25, 12, 16, 0, 95, 24},
		{100, 72, 81, 92, 94, 95, 0, 90},
		{12, 21, 9, 12, 9, 24, 90, 0},
	}
	cost, _ := tsp(d2)
	fmt.Println(cost)
}
