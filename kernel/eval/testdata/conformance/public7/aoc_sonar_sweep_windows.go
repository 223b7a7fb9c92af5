package main

import (
	"fmt"
	"strconv"
	"strings"
)

const input = `199
200
208
210
200
207
240
269
260
263`

func parse(s string) []int {
	var out []int
	for _, f := range strings.Fields(s) {
		n, err := strconv.Atoi(f)
		if err != nil {
			panic(err)
		}
		out = append(out, n)
	}
	return out
}

func increases(xs []int, window int) int {
	count := 0
	for i := window; i < len(xs); i++ {
		// sums of windows share window-1 elements, so compare the ends
		if xs[i] > xs[i-window] {
			count++
		}
	}
	return count
}

func main() {
	depths := parse(input)
	fmt.Println("part1:", increases(depths, 1))
	fmt.Println("part2:", increases(depths, 3))
	var sums []int
	for i := 0; i+3 <= len(depths); i++ {
		s := 0
		for _, d := range depths[i : i+3] {
			s += d
		}
		sums = append(sums, s)
	}
	fmt.Println(sums)
}
