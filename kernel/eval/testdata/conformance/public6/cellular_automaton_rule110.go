package main

import (
	"fmt"
	"strings"
)

type Rule uint8

func (r Rule) Next(left, center, right bool) bool {
	idx := 0
	if left {
		idx |= 4
	}
	if center {
		idx |= 2
	}
	if right {
		idx |= 1
	}
	return r&(1<<idx) != 0
}

func step(cells []bool, r Rule) []bool {
	out := make([]bool, len(cells))
	n := len(cells)
	for i := range cells {
		out[i] = r.Next(cells[(i-1+n)%n], cells[i], cells[(i+1)%n])
	}
	return out
}

func render(cells []bool) string {
	var sb strings.Builder
	for _, c := range cells {
		if c {
			sb.WriteRune('█')
		} else {
			sb.WriteRune(' ')
		}
	}
	return strings.TrimRight(sb.String(), " ")
}

func main() {
	for _, r := range []Rule{30, 90, 110} {
		cells := make([]bool, 31)
		cells[15] = true
		fmt.Printf("rule %d\n", r)
		alive := 0
		for gen := 0; gen < 12; gen++ {
			fmt.Println("|" + render(cells))
			cells = step(cells, r)
		}
		for _, c := range cells {
			if c {
				alive++
			}
		}
		fmt.Println("alive after 12:", alive)
	}
}
