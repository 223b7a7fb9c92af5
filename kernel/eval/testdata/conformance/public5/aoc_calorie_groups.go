package main

import (
	"bufio"
	"fmt"
	"slices"
	"strconv"
	"strings"
)

const input = `1000
2000
3000

4000

5000
6000

7000
8000
9000

10000`

func parseGroups(s string) ([][]int, error) {
	var groups [][]int
	var cur []int
	sc := bufio.NewScanner(strings.NewReader(s))
	for sc.Scan() {
		line := sc.Text()
		if line == "" {
			groups = append(groups, cur)
			cur = nil
			continue
		}
		n, err := strconv.Atoi(line)
		if err != nil {
			return nil, fmt.Errorf("parse %q: %w", line, err)
		}
		cur = append(cur, n)
	}
	if cur != nil {
		groups = append(groups, cur)
	}
	return groups, sc.Err()
}

func sum(xs []int) (s int) {
	for _, x := range xs {
		s += x
	}
	return
}

func main() {
	groups, err := parseGroups(input)
	if err != nil {
		fmt.Println(err)
		return
	}
	totals := make([]int, len(groups))
	for i, g := range groups {
		totals[i] = sum(g)
	}
	fmt.Println(groups)
	fmt.Println(totals)
	fmt.Println("part1:", slices.Max(totals), "elf", slices.Index(totals, slices.Max(totals))+1)
	slices.SortFunc(totals, func(a, b int) int { return b - a })
	fmt.Println("part2:", sum(totals[:3]))
	_, err = parseGroups("1\n\nx")
	fmt.Println(err)
	blocks := strings.Split(input, "\n\n")
	fmt.Println(len(blocks), strings.Count(blocks[3], "\n"))
}
