package main

import (
	"fmt"
	"slices"
	"strings"
)

var romans = []struct {
	v int
	s string
}{{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"}, {50, "L"}, {40, "XL"}, {10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"}}

func toRoman(n int) string {
	var b strings.Builder
	for _, r := range romans {
		for n >= r.v {
			b.WriteString(r.s)
			n -= r.v
		}
	}
	return b.String()
}

func fromRoman(s string) int {
	val := map[byte]int{'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100, 'D': 500, 'M': 1000}
	total := 0
	for i := 0; i < len(s); i++ {
		v := val[s[i]]
		if i+1 < len(s) && val[s[i+1]] > v {
			total -= v
		} else {
			total += v
		}
	}
	return total
}

func sortedKey(w string) string {
	r := []rune(w)
	slices.Sort(r)
	return string(r)
}

func main() {
	for _, n := range []int{1990, 2008, 1666, 3999, 4} {
		r := toRoman(n)
		fmt.Println(n, r, fromRoman(r))
	}
	words := strings.Fields("listen silent enlist google tinsel banana inlets gogole")
	groups := map[string][]string{}
	for _, w := range words {
		k := sortedKey(w)
		groups[k] = append(groups[k], w)
	}
	keys := make([]string, 0, len(groups))
	for k := range groups {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		if len(groups[k]) > 1 {
			fmt.Println(k, groups[k])
		}
	}
	rev := func(s string) string {
		r := []rune(s)
		for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
			r[i], r[j] = r[j], r[i]
		}
		return string(r)
	}
	fmt.Println(rev("Hello, 世界"), rev("racecar") == "racecar")
}
