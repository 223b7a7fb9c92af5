package main

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
)

const input = `47|53
97|13
97|61
97|47
75|29
61|13
75|53
29|13
97|29
53|29
61|53
97|53
61|29
47|13
75|47
97|75
47|61
75|61
47|29
75|13
53|13

75,47,61,53,29
97,61,53,29,13
75,29,13
75,97,47,61,53
61,13,29
97,13,75,29,47`

type rule struct{ before, after int }

func main() {
	rulesText, updatesText, _ := strings.Cut(input, "\n\n")
	rules := map[rule]bool{}
	for _, l := range strings.Split(rulesText, "\n") {
		var r rule
		fmt.Sscanf(l, "%d|%d", &r.before, &r.after)
		rules[r] = true
	}
	cmp := func(a, b int) int {
		switch {
		case rules[rule{a, b}]:
			return -1
		case rules[rule{b, a}]:
			return 1
		}
		return 0
	}
	good, fixed := 0, 0
	for _, l := range strings.Split(updatesText, "\n") {
		var pages []int
		for _, s := range strings.Split(l, ",") {
			n, _ := strconv.Atoi(s)
			pages = append(pages, n)
		}
		if slices.IsSortedFunc(pages, cmp) {
			good += pages[len(pages)/2]
			fmt.Println("ok  ", pages)
			continue
		}
		sorted := slices.Clone(pages)
		slices.SortStableFunc(sorted, cmp)
		fixed += sorted[len(sorted)/2]
		fmt.Println("fix ", pages, "->", sorted)
	}
	fmt.Println(good, fixed, len(rules))
}
