package main

import (
	"fmt"
	"sort"
	"strings"
)

const input = `2199943210
3987894921
9856789892
8767896789
9899965678`

type pt struct{ r, c int }

func main() {
	var grid [][]byte
	for _, l := range strings.Split(input, "\n") {
		grid = append(grid, []byte(l))
	}
	at := func(p pt) byte {
		if p.r < 0 || p.c < 0 || p.r >= len(grid) || p.c >= len(grid[p.r]) {
			return '9' + 1
		}
		return grid[p.r][p.c]
	}
	nbrs := func(p pt) []pt {
		return []pt{{p.r - 1, p.c}, {p.r + 1, p.c}, {p.r, p.c - 1}, {p.r, p.c + 1}}
	}
	risk := 0
	var lows []pt
	for r := range grid {
		for c := range grid[r] {
			p := pt{r, c}
			low := true
			for _, n := range nbrs(p) {
				if at(n) <= at(p) {
					low = false
					break
				}
			}
			if low {
				lows = append(lows, p)
				risk += int(at(p)-'0') + 1
			}
		}
	}
	fmt.Println("lows", lows, "risk", risk)
	seen := map[pt]bool{}
	var fill func(p pt) int
	fill = func(p pt) int {
		if seen[p] || at(p) >= '9' {
			return 0
		}
		seen[p] = true
		n := 1
		for _, q := range nbrs(p) {
			n += fill(q)
		}
		return n
	}
	var sizes []int
	for _, l := range lows {
		sizes = append(sizes, fill(l))
	}
	sort.Sort(sort.Reverse(sort.IntSlice(sizes)))
	fmt.Println(sizes, sizes[0]*sizes[1]*sizes[2])
}
