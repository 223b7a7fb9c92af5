package main

import "fmt"

type item struct {
	name          string
	weight, value int
}

var items = []item{
	{"map", 9, 150}, {"compass", 13, 35}, {"water", 153, 200}, {"sandwich", 50, 160},
	{"glucose", 15, 60}, {"tin", 68, 45}, {"banana", 27, 60}, {"apple", 39, 40},
	{"cheese", 23, 30}, {"beer", 52, 10}, {"suntan cream", 11, 70}, {"camera", 32, 30},
	{"T-shirt", 24, 15}, {"trousers", 48, 10}, {"umbrella", 73, 40},
	{"waterproof trousers", 42, 70}, {"waterproof overclothes", 43, 75},
	{"note-case", 22, 80}, {"sunglasses", 7, 20}, {"towel", 18, 12}, {"socks", 4, 50},
	{"book", 30, 10},
}

func main() {
	const limit = 400
	n := len(items)
	dp := make([][]int, n+1)
	for i := range dp {
		dp[i] = make([]int, limit+1)
	}
	for i := 1; i <= n; i++ {
		it := items[i-1]
		for w := 0; w <= limit; w++ {
			dp[i][w] = dp[i-1][w]
			if it.weight <= w {
				if v := dp[i-1][w-it.weight] + it.value; v > dp[i][w] {
					dp[i][w] = v
				}
			}
		}
	}
	w := limit
	var chosen []string
	tw := 0
	for i := n; i > 0; i-- {
		if dp[i][w] != dp[i-1][w] {
			chosen = append(chosen, items[i-1].name)
			w -= items[i-1].weight
			tw += items[i-1].weight
		}
	}
	fmt.Println("value:", dp[n][limit], "weight:", tw)
	for i := len(chosen) - 1; i >= 0; i-- {
		fmt.Println(" ", chosen[i])
	}
}
