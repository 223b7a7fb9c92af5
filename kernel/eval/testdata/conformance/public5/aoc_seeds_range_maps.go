package main

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
)

const almanac = `seeds: 79 14 55 13

seed-to-soil map:
50 98 2
52 50 48

soil-to-fertilizer map:
0 15 37
37 52 2
39 0 15

fertilizer-to-water map:
49 53 8
0 11 42
42 0 7
57 7 4`

type Rule struct{ Dst, Src, Len int }

type Mapping struct {
	Name  string
	Rules []Rule
}

func (m Mapping) Apply(x int) int {
	for _, r := range m.Rules {
		if x >= r.Src && x < r.Src+r.Len {
			return r.Dst + (x - r.Src)
		}
	}
	return x
}

func nums(s string) []int {
	var out []int
	for _, f := range strings.Fields(s) {
		n, _ := strconv.Atoi(f)
		out = append(out, n)
	}
	return out
}

func main() {
	blocks := strings.Split(almanac, "\n\n")
	seeds := nums(strings.TrimPrefix(blocks[0], "seeds:"))
	var maps []Mapping
	for _, b := range blocks[1:] {
		lines := strings.Split(b, "\n")
		m := Mapping{Name: strings.TrimSuffix(lines[0], " map:")}
		for _, l := range lines[1:] {
			n := nums(l)
			m.Rules = append(m.Rules, Rule{n[0], n[1], n[2]})
		}
		maps = append(maps, m)
	}
	var finals []int
	for _, s := range seeds {
		x := s
		path := []string{strconv.Itoa(s)}
		for _, m := range maps {
			x = m.Apply(x)
			path = append(path, strconv.Itoa(x))
		}
		finals = append(finals, x)
		fmt.Println(strings.Join(path, " -> "))
	}
	fmt.Println("lowest:", slices.Min(finals), "at seed", seeds[slices.Index(finals, slices.Min(finals))])
	for _, m := range maps {
		fmt.Printf("%s: %d rules %v\n", m.Name, len(m.Rules), m.Rules[0])
	}
}
