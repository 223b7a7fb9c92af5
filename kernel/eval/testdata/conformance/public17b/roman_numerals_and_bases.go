package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

var numerals = []struct {
	v int
	s string
}{{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"}, {50, "L"}, {40, "XL"}, {10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"}}

var ErrRange = errors.New("out of range")

func ToRoman(n int) (string, error) {
	if n <= 0 || n >= 4000 {
		return "", fmt.Errorf("roman %d: %w", n, ErrRange)
	}
	var sb strings.Builder
	for _, nm := range numerals {
		for n >= nm.v {
			sb.WriteString(nm.s)
			n -= nm.v
		}
	}
	return sb.String(), nil
}

func FromRoman(s string) (int, error) {
	vals := map[byte]int{'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100, 'D': 500, 'M': 1000}
	total := 0
	for i := 0; i < len(s); i++ {
		v, ok := vals[s[i]]
		if !ok {
			return 0, fmt.Errorf("bad numeral %q at %d", s[i], i)
		}
		if i+1 < len(s) && vals[s[i+1]] > v {
			total -= v
		} else {
			total += v
		}
	}
	if back, _ := ToRoman(total); back != s {
		return total, fmt.Errorf("non-canonical %q (canonical %q)", s, back)
	}
	return total, nil
}

func main() {
	for _, n := range []int{1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999, 0, 4000} {
		r, err := ToRoman(n)
		if err != nil {
			fmt.Println(err, errors.Is(err, ErrRange))
			continue
		}
		back, err := FromRoman(r)
		fmt.Printf("%4d %-12s %4d %v\n", n, r, back, err)
	}
	for _, s := range []string{"IIII", "MCMXCIV", "XIZ", "IC"} {
		v, err := FromRoman(s)
		fmt.Println(s, v, err)
	}
	for _, b := range []int{2, 3, 7, 16, 36} {
		fmt.Printf("%d in base %d = %s\n", 1994, b, strconv.FormatInt(1994, b))
	}
}
