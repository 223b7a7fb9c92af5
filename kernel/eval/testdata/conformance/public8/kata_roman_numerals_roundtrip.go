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

func ToRoman(n int) (string, error) {
	if n <= 0 || n >= 4000 {
		return "", fmt.Errorf("%d out of range", n)
	}
	var b strings.Builder
	for _, e := range table {
		for n >= e.v {
			b.WriteString(e.s)
			n -= e.v
		}
	}
	return b.String(), nil
}

var ErrInvalid = errors.New("invalid roman numeral")

func FromRoman(s string) (int, error) {
	vals := map[byte]int{'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100, 'D': 500, 'M': 1000}
	total := 0
	for i := 0; i < len(s); i++ {
		v, ok := vals[s[i]]
		if !ok {
			return 0, fmt.Errorf("%q at %d: %w", s[i], i, ErrInvalid)
		}
		if i+1 < len(s) && vals[s[i+1]] > v {
			total -= v
		} else {
			total += v
		}
	}
	if r, _ := ToRoman(total); r != s {
		return 0, fmt.Errorf("%q is not canonical (%s): %w", s, r, ErrInvalid)
	}
	return total, nil
}

func main() {
	for _, n := range []int{1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999, 0, 4000} {
		r, err := ToRoman(n)
		fmt.Printf("%4d %-12s %v\n", n, r, err)
	}
	for _, s := range []string{"MCMXCIV", "IIII", "IC", "XLII", "MMXXV", "ABC", ""} {
		n, err := FromRoman(s)
		fmt.Println(s, n, err, errors.Is(err, ErrInvalid))
	}
	ok := 0
	for n := 1; n < 4000; n++ {
		r, _ := ToRoman(n)
		if back, err := FromRoman(r); err == nil && back == n {
			ok++
		}
	}
	fmt.Println("roundtrip ok:", ok)
}
