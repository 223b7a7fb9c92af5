package main

import (
	"errors"
	"fmt"
	"strings"
)

var romanVals = []struct {
	v int
	s string
}{{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"}, {50, "L"}, {40, "XL"}, {10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"}}

func toRoman(n int) (string, error) {
	if n <= 0 || n >= 4000 {
		return "", fmt.Errorf("toRoman(%d): out of range", n)
	}
	var b strings.Builder
	for _, rv := range romanVals {
		for n >= rv.v {
			b.WriteString(rv.s)
			n -= rv.v
		}
	}
	return b.String(), nil
}

var ErrBadNumeral = errors.New("bad numeral")

func fromRoman(s string) (int, error) {
	vals := map[byte]int{'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100, 'D': 500, 'M': 1000}
	total := 0
	for i := 0; i < len(s); i++ {
		v, ok := vals[s[i]]
		if !ok {
			return 0, fmt.Errorf("%w %q at %d", ErrBadNumeral, s[i], i)
		}
		if i+1 < len(s) && vals[s[i+1]] > v {
			total -= v
		} else {
			total += v
		}
	}
	if back, _ := toRoman(total); back != s {
		return 0, fmt.Errorf("%w: %s is not canonical (%s)", ErrBadNumeral, s, back)
	}
	return total, nil
}

func luhn(s string) bool {
	s = strings.ReplaceAll(s, " ", "")
	sum, double := 0, false
	for i := len(s) - 1; i >= 0; i-- {
		d := int(s[i] - '0')
		if d < 0 || d > 9 {
			return false
		}
		if double {
			d *= 2
			if d > 9 {
				d -= 9
			}
		}
		sum += d
		double = !double
	}
	return sum%10 == 0 && len(s) > 1
}

func isbn13(s string) bool {
	s = strings.ReplaceAll(s, "-", "")
	if len(s) != 13 {
		return false
	}
	sum := 0
	for i, c := range s {
		d := int(c - '0')
		if i%2 == 1 {
			d *= 3
		}
		sum += d
	}
	return sum%10 == 0
}

func main() {
	for _, n := range []int{1, 4, 9, 14, 40, 90, 400, 1990, 2024, 3999, 0, 4000} {
		r, err := toRoman(n)
		fmt.Printf("%d=%s err=%v\n", n, r, err)
	}
	for _, s := range []string{"MCMXC", "MMXXIV", "IIII", "IC", "XLII", "ABC", ""} {
		n, err := fromRoman(s)
		fmt.Printf("%q -> %d %v %v\n", s, n, err, errors.Is(err, ErrBadNumeral))
	}
	for _, s := range []string{"49927398716", "49927398717", "1234567812345670", "4539 3195 0343 6467", "0", "12a"} {
		fmt.Println(s, luhn(s))
	}
	for _, s := range []string{"978-0596520687", "978-0596520688", "9781861972712", "123"} {
		fmt.Println(s, isbn13(s))
	}
}
