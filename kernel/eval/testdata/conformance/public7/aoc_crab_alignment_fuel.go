package main

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
)

const input = "16,1,2,0,4,2,7,1,2,14"

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

func best(pos []int, cost func(int) int) (int, int) {
	lo, hi := slices.Min(pos), slices.Max(pos)
	bestAt, bestFuel := -1, int(^uint(0)>>1)
	for t := lo; t <= hi; t++ {
		f := 0
		for _, p := range pos {
			f += cost(abs(p - t))
		}
		if f < bestFuel {
			bestAt, bestFuel = t, f
		}
	}
	return bestAt, bestFuel
}

func main() {
	var pos []int
	for _, s := range strings.Split(input, ",") {
		n, _ := strconv.Atoi(s)
		pos = append(pos, n)
	}
	at, fuel := best(pos, func(d int) int { return d })
	fmt.Println("linear", at, fuel)
	at, fuel = best(pos, func(d int) int { return d * (d + 1) / 2 })
	fmt.Println("triangular", at, fuel)
	sorted := slices.Clone(pos)
	slices.Sort(sorted)
	fmt.Println("median", sorted[len(sorted)/2], "input untouched", pos[0])
}
