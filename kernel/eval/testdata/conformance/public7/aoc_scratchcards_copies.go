package main

import (
	"fmt"
	"strings"
)

const input = `Card 1: 41 48 83 86 17 | 83 86  6 31 17  9 48 53
Card 2: 13 32 20 16 61 | 61 30 68 82 17 32 24 19
Card 3:  1 21 53 59 44 | 69 82 63 72 16 21 14  1
Card 4: 41 92 73 84 69 | 59 84 76 51 58  5 54 83
Card 5: 87 83 26 28 32 | 88 30 70 12 93 22 82 36
Card 6: 31 18 13 56 72 | 74 77 10 23 35 67 36 11`

type set map[string]struct{}

func toSet(fields []string) set {
	s := make(set, len(fields))
	for _, f := range fields {
		s[f] = struct{}{}
	}
	return s
}

func main() {
	lines := strings.Split(input, "\n")
	copies := make([]int, len(lines))
	for i := range copies {
		copies[i] = 1
	}
	points := 0
	for i, line := range lines {
		_, nums, _ := strings.Cut(line, ":")
		win, have, _ := strings.Cut(nums, "|")
		ws := toSet(strings.Fields(win))
		matches := 0
		for _, h := range strings.Fields(have) {
			if _, ok := ws[h]; ok {
				matches++
			}
		}
		if matches > 0 {
			points += 1 << (matches - 1)
		}
		for j := i + 1; j <= i+matches && j < len(copies); j++ {
			copies[j] += copies[i]
		}
	}
	total := 0
	for _, c := range copies {
		total += c
	}
	fmt.Println(points, copies, total)
}
