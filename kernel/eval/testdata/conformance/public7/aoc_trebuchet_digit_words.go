package main

import (
	"fmt"
	"strings"
)

const input = `two1nine
eightwothree
abcone2threexyz
xtwone3four
4nineeightseven2
zoneight234
7pqrstsixteen`

var words = []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"}

func digitAt(s string, i int, spelled bool) (int, bool) {
	if c := s[i]; c >= '0' && c <= '9' {
		return int(c - '0'), true
	}
	if spelled {
		for d, w := range words {
			if strings.HasPrefix(s[i:], w) {
				return d, true
			}
		}
	}
	return 0, false
}

func calibrate(line string, spelled bool) int {
	first, last := -1, -1
	for i := range line {
		if d, ok := digitAt(line, i, spelled); ok {
			if first < 0 {
				first = d
			}
			last = d
		}
	}
	if first < 0 {
		return 0
	}
	return first*10 + last
}

func main() {
	p1, p2 := 0, 0
	for _, line := range strings.Fields(input) {
		a, b := calibrate(line, false), calibrate(line, true)
		fmt.Printf("%-18s %2d %2d\n", line, a, b)
		p1 += a
		p2 += b
	}
	fmt.Println(p1, p2)
}
