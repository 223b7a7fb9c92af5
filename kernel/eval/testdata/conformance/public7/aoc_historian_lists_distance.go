package main

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
)

const input = `3   4
4   3
2   5
1   3
3   9
3   3`

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

func main() {
	var left, right []int
	for _, line := range strings.Split(input, "\n") {
		f := strings.Fields(line)
		a, _ := strconv.Atoi(f[0])
		b, _ := strconv.Atoi(f[1])
		left, right = append(left, a), append(right, b)
	}
	slices.Sort(left)
	slices.Sort(right)
	dist := 0
	for i := range left {
		dist += abs(left[i] - right[i])
	}
	counts := make(map[int]int)
	for _, r := range right {
		counts[r]++
	}
	sim := 0
	for _, l := range left {
		sim += l * counts[l]
	}
	fmt.Println(left, right, dist, sim)
}
