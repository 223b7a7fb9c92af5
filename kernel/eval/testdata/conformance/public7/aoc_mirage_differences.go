package main

import (
	"fmt"
	"strconv"
	"strings"
)

const input = `0 3 6 9 12 15
1 3 6 10 15 21
10 13 16 21 30 45`

func extrapolate(xs []int) (prev, next int) {
	allZero := true
	for _, x := range xs {
		if x != 0 {
			allZero = false
		}
	}
	if allZero {
		return 0, 0
	}
	diffs := make([]int, len(xs)-1)
	for i := range diffs {
		diffs[i] = xs[i+1] - xs[i]
	}
	p, n := extrapolate(diffs)
	return xs[0] - p, xs[len(xs)-1] + n
}

func main() {
	sumPrev, sumNext := 0, 0
	for _, line := range strings.Split(input, "\n") {
		var xs []int
		for _, f := range strings.Fields(line) {
			v, err := strconv.Atoi(f)
			if err != nil {
				panic(err)
			}
			xs = append(xs, v)
		}
		p, n := extrapolate(xs)
		fmt.Println(p, xs, n)
		sumPrev += p
		sumNext += n
	}
	fmt.Println(sumPrev, sumNext)
}
