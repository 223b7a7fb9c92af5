package main

import (
	"fmt"
	"strconv"
	"strings"
)

const input = `00100
11110
10110
10111
10101
01111
00111
11100
10000
11001
00010
01010`

func mostCommon(lines []string, pos int) byte {
	ones := 0
	for _, l := range lines {
		if l[pos] == '1' {
			ones++
		}
	}
	if ones*2 >= len(lines) {
		return '1'
	}
	return '0'
}

func filter(lines []string, keepMost bool) string {
	cur := append([]string(nil), lines...)
	for pos := 0; len(cur) > 1; pos++ {
		mc := mostCommon(cur, pos)
		var next []string
		for _, l := range cur {
			if (l[pos] == mc) == keepMost {
				next = append(next, l)
			}
		}
		cur = next
	}
	return cur[0]
}

func main() {
	lines := strings.Fields(input)
	width := len(lines[0])
	var gamma, eps uint
	for i := 0; i < width; i++ {
		gamma <<= 1
		eps <<= 1
		if mostCommon(lines, i) == '1' {
			gamma |= 1
		} else {
			eps |= 1
		}
	}
	fmt.Printf("gamma=%05b (%d) epsilon=%05b (%d) power=%d\n", gamma, gamma, eps, eps, gamma*eps)
	mask := uint(1)<<width - 1
	fmt.Println("check:", ^gamma&mask == eps)
	o, _ := strconv.ParseUint(filter(lines, true), 2, 64)
	co2, _ := strconv.ParseUint(filter(lines, false), 2, 64)
	fmt.Println("oxygen", o, "co2", co2, "life", o*co2)
}
