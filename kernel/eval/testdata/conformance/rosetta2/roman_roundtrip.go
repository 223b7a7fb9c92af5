package main

import (
	"fmt"
	"strings"
)

var numerals = []struct {
	v int
	s string
}{
	{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"},
	{50, "L"}, {40, "XL"}, {10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"},
}

func toRoman(n int) string {
	var sb strings.Builder
	for _, nm := range numerals {
		for n >= nm.v {
			sb.WriteString(nm.s)
			n -= nm.v
		}
	}
	return sb.String()
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

func main() {
	for _, n := range []int{1990, 2008, 1666, 3999, 4, 14} {
		r := toRoman(n)
		fmt.Printf("%4d = %-12s -> %d\n", n, r, fromRoman(r))
	}
	ok := true
	for i := 1; i < 4000; i++ {
		if fromRoman(toRoman(i)) != i {
			ok = false
		}
	}
	fmt.Println("roundtrip ok:", ok)
}
