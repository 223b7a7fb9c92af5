package main

import (
	"errors"
	"fmt"
)

var ErrNoChange = errors.New("can't make target with given coins")

func Change(coins []int, target int) ([]int, error) {
	if target < 0 {
		return nil, errors.New("target can't be negative")
	}
	const inf = 1 << 30
	best := make([]int, target+1)
	last := make([]int, target+1)
	for i := 1; i <= target; i++ {
		best[i] = inf
		for _, c := range coins {
			if c <= i && best[i-c]+1 < best[i] {
				best[i], last[i] = best[i-c]+1, c
			}
		}
	}
	if best[target] >= inf {
		return nil, ErrNoChange
	}
	var out []int
	for t := target; t > 0; t -= last[t] {
		out = append(out, last[t])
	}
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return out, nil
}

func main() {
	cases := []struct {
		coins  []int
		target int
	}{
		{[]int{1, 5, 10, 25, 100}, 25},
		{[]int{1, 5, 10, 25, 100}, 15},
		{[]int{1, 4, 15, 20, 50}, 23},
		{[]int{1, 2, 5, 10, 20, 50, 100}, 999},
		{[]int{2, 5, 10, 20, 50}, 21},
		{[]int{4, 5}, 27},
		{[]int{1, 5, 10, 21, 25}, 63},
		{[]int{1}, 0},
		{[]int{5, 10}, 3},
		{[]int{5, 10}, 94},
		{[]int{1, 2, 5}, -5},
	}
	for _, c := range cases {
		got, err := Change(c.coins, c.target)
		fmt.Printf("%v %d -> %v (%d coins) %v\n", c.coins, c.target, got, len(got), err)
	}
}
