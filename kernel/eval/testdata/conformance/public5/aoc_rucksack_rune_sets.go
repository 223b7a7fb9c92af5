package main

import (
	"fmt"
	"strings"
)

const sacks = `vJrwpWtwJgWrhcsFMMfFFhFp
jqHRNqRjqzjGDLGLrsFMfFZSrLrFZsSL
PmmdzqPrVvPwwTWBwg
wMqvLMZHhHMvwLHjbvcjnnSBnvTQFn
ttgJtRGJQctTZtZT
CrZsJsPPZsGzwwsLwLmpwMDw`

type set map[rune]struct{}

func toSet(s string) set {
	out := set{}
	for _, r := range s {
		out[r] = struct{}{}
	}
	return out
}

func (a set) intersect(b set) set {
	out := set{}
	for r := range a {
		if _, ok := b[r]; ok {
			out[r] = struct{}{}
		}
	}
	return out
}

func (a set) only() rune {
	if len(a) != 1 {
		panic(fmt.Sprintf("want one element, have %d", len(a)))
	}
	for r := range a {
		return r
	}
	return 0
}

func priority(r rune) int {
	switch {
	case 'a' <= r && r <= 'z':
		return int(r-'a') + 1
	case 'A' <= r && r <= 'Z':
		return int(r-'A') + 27
	}
	return 0
}

func main() {
	lines := strings.Split(sacks, "\n")
	p1 := 0
	for _, l := range lines {
		half := len(l) / 2
		r := toSet(l[:half]).intersect(toSet(l[half:])).only()
		fmt.Printf("%c=%d ", r, priority(r))
		p1 += priority(r)
	}
	fmt.Println()
	p2 := 0
	for i := 0; i+2 < len(lines); i += 3 {
		badge := toSet(lines[i]).intersect(toSet(lines[i+1])).intersect(toSet(lines[i+2])).only()
		fmt.Printf("group %d badge %q\n", i/3+1, badge)
		p2 += priority(badge)
	}
	fmt.Println(p1, p2)
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	toSet("abc").intersect(toSet("abd")).intersect(toSet("xyz")).only()
}
