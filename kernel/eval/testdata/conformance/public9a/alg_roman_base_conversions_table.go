package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

var romanTable = []struct {
	v int
	s string
}{{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"}, {50, "L"}, {40, "XL"}, {10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"}}

var ErrRange = errors.New("out of range")

func toRoman(n int) (string, error) {
	if n <= 0 || n >= 4000 {
		return "", fmt.Errorf("toRoman(%d): %w", n, ErrRange)
	}
	var sb strings.Builder
	for _, e := range romanTable {
		for n >= e.v {
			sb.WriteString(e.s)
			n -= e.v
		}
	}
	return sb.String(), nil
}

func fromRoman(s string) (int, error) {
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
	if back, _ := toRoman(total); back != s {
		return total, fmt.Errorf("non-canonical %q (canonical %q)", s, back)
	}
	return total, nil
}

func toBase(n int64, base int) string {
	const digits = "0123456789abcdefghijklmnopqrstuvwxyz"
	if n == 0 {
		return "0"
	}
	neg := n < 0
	u := uint64(n)
	if neg {
		u = uint64(-n)
	}
	var buf [65]byte
	i := len(buf)
	for u > 0 {
		i--
		buf[i] = digits[u%uint64(base)]
		u /= uint64(base)
	}
	if neg {
		i--
		buf[i] = '-'
	}
	return string(buf[i:])
}

func main() {
	for _, n := range []int{1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999, 0, 4000} {
		r, err := toRoman(n)
		if err != nil {
			fmt.Println(err, errors.Is(err, ErrRange))
			continue
		}
		back, err := fromRoman(r)
		fmt.Println(n, r, back, err)
	}
	for _, s := range []string{"IIII", "MCMXCIV", "ABC", "IC"} {
		fmt.Println(fromRoman(s))
	}
	for _, n := range []int64{0, 255, -255, 1 << 40, -9223372036854775808} {
		fmt.Println(toBase(n, 2), toBase(n, 16), toBase(n, 36), strconv.FormatInt(n, 36) == toBase(n, 36))
	}
	for _, s := range []string{"ff", "zz", "-101", "12", "0x1f"} {
		for _, b := range []int{2, 16, 36, 0} {
			v, err := strconv.ParseInt(s, b, 64)
			if err != nil {
				fmt.Print("err ")
				continue
			}
			fmt.Print(v, " ")
		}
		fmt.Println()
	}
}
