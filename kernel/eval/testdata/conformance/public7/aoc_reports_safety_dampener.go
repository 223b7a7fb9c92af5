package main

import (
	"fmt"
	"strconv"
	"strings"
)

const input = `7 6 4 2 1
1 2 7 8 9
9 7 6 2 1
1 3 2 4 5
8 6 4 4 1
1 3 6 7 9`

func safe(levels []int) bool {
	if len(levels) < 2 {
		return true
	}
	inc := levels[1] > levels[0]
	for i := 1; i < len(levels); i++ {
		d := levels[i] - levels[i-1]
		if !inc {
			d = -d
		}
		if d < 1 || d > 3 {
			return false
		}
	}
	return true
}

func safeDampened(levels []int) bool {
	if safe(levels) {
		return true
	}
	for skip := range levels {
		trimmed := make([]int, 0, len(levels)-1)
		trimmed = append(trimmed, levels[:skip]...)
		trimmed = append(trimmed, levels[skip+1:]...)
		if safe(trimmed) {
			return true
		}
	}
	return false
}

func main() {
	n1, n2 := 0, 0
	for _, line := range strings.Split(input, "\n") {
		var levels []int
		for _, f := range strings.Fields(line) {
			v, _ := strconv.Atoi(f)
			levels = append(levels, v)
		}
		s1, s2 := safe(levels), safeDampened(levels)
		fmt.Println(levels, s1, s2)
		if s1 {
			n1++
		}
		if s2 {
			n2++
		}
	}
	fmt.Println(n1, n2)
}
