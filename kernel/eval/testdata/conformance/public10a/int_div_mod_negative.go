package main

import (
	"fmt"
	"math"
)

func main() {
	pairs := [][2]int{{7, 2}, {-7, 2}, {7, -2}, {-7, -2}, {0, -3}, {-1, 5}}
	for _, p := range pairs {
		a, b := p[0], p[1]
		fmt.Printf("%d/%d=%d %d%%%d=%d  ", a, b, a/b, a, b, a%b)
	}
	fmt.Println()
	const c = -7 / 2
	fmt.Println(c, -7%3, 7%-3, -7.0/2)
	// Shifts versus division for negatives.
	x := -7
	fmt.Println(x>>1, x/2, x&1, x%2)
	m := math.MinInt64
	fmt.Println(m/-1, m%-1)
	mod := func(a, b int) int { return (a%b + b) % b }
	fmt.Println(mod(-7, 3), mod(7, 3), mod(-3, 3))
	var u uint = 7
	fmt.Println(u/2, u%4, math.Mod(-7, 2), math.Remainder(-7, 2))
}
