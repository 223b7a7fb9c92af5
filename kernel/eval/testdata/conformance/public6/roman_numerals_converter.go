package main

import (
	"errors"
	"fmt"
	"strings"
)

var table = []struct {
	v int
	s string
}{{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"}, {50, "L"}, {40, "XL"}, {10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"}}

var ErrRange = errors.New("out of range 1..3999")

func ToRoman(n int) (string, error) {
	if n < 1 || n > 3999 {
		return "", fmt.Errorf("%d: %w", n, ErrRange)
	}
	var sb strings.Builder
	for _, t := range table {
		for n >= t.v {
			sb.WriteString(t.s)
			n -= t.v
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
			return 0, fmt.Errorf("invalid numeral %q in %q", s[i], s)
		}
		if i+1 < len(s) && vals[s[i+1]] > v {
			total -= v
		} else {
			total += v
		}
	}
	if back, _ := ToRoman(total); back != s {
		return total, fmt.Errorf("%q is not canonical (%s)", s, back)
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
		back, _ := FromRoman(r)
		fmt.Printf("%d=%s=%d ", n, r, back)
	}
	fmt.Println()
	for _, s := range []string{"MCMXCIV", "IIII", "ABC", "XLII"} {
		n, err := FromRoman(s)
		fmt.Println(s, n, err)
	}
}
