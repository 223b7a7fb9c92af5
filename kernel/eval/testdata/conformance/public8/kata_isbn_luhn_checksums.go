package main

import (
	"fmt"
	"strings"
	"unicode"
)

func luhn(s string) bool {
	s = strings.ReplaceAll(s, " ", "")
	if len(s) < 2 {
		return false
	}
	sum := 0
	double := false
	for i := len(s) - 1; i >= 0; i-- {
		c := s[i]
		if c < '0' || c > '9' {
			return false
		}
		d := int(c - '0')
		if double {
			d *= 2
			if d > 9 {
				d -= 9
			}
		}
		sum += d
		double = !double
	}
	return sum%10 == 0
}

func isbn10(s string) bool {
	s = strings.ReplaceAll(s, "-", "")
	if len(s) != 10 {
		return false
	}
	sum := 0
	for i, r := range s {
		var v int
		switch {
		case unicode.IsDigit(r):
			v = int(r - '0')
		case r == 'X' && i == 9:
			v = 10
		default:
			return false
		}
		sum += v * (10 - i)
	}
	return sum%11 == 0
}

func isbn13(s string) bool {
	s = strings.ReplaceAll(s, "-", "")
	if len(s) != 13 {
		return false
	}
	sum := 0
	for i, r := range s {
		if !unicode.IsDigit(r) {
			return false
		}
		w := 1
		if i%2 == 1 {
			w = 3
		}
		sum += int(r-'0') * w
	}
	return sum%10 == 0
}

func main() {
	for _, c := range []string{"4539 3195 0343 6467", "8273 1232 7352 0569", "059", "0", "055 444 285", "059a"} {
		fmt.Printf("luhn %-22q %v\n", c, luhn(c))
	}
	for _, c := range []string{"3-598-21508-8", "3-598-21508-9", "3-598-21507-X", "359821507X", "3-598-2X507-9"} {
		fmt.Printf("isbn10 %-16s %v\n", c, isbn10(c))
	}
	for _, c := range []string{"978-0-306-40615-7", "978-0-306-40615-6", "9780306406157"} {
		fmt.Printf("isbn13 %-18s %v\n", c, isbn13(c))
	}
}
