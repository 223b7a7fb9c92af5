package main

import (
	"fmt"
	"strings"
	"unicode"
)

func Luhn(id string) bool {
	id = strings.ReplaceAll(id, " ", "")
	if len(id) <= 1 {
		return false
	}
	sum := 0
	double := false
	for i := len(id) - 1; i >= 0; i-- {
		c := id[i]
		if c < '0' || c > '9' {
			return false
		}
		d := int(c - '0')
		if double {
			if d *= 2; d > 9 {
				d -= 9
			}
		}
		sum += d
		double = !double
	}
	return sum%10 == 0
}

func IsValidISBN(isbn string) bool {
	isbn = strings.ReplaceAll(isbn, "-", "")
	if len(isbn) != 10 {
		return false
	}
	sum := 0
	for i, r := range isbn {
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

func Armstrong(n int) bool {
	s := fmt.Sprint(n)
	sum := 0
	for _, r := range s {
		d := int(r - '0')
		p := 1
		for range len(s) {
			p *= d
		}
		sum += p
	}
	return sum == n
}

func main() {
	for _, id := range []string{"4539 3195 0343 6467", "8273 1232 7352 0569", "059", "0", " 0", "055 444 285", "055a 444 285", "091"} {
		fmt.Printf("%-22q %v\n", id, Luhn(id))
	}
	for _, s := range []string{"3-598-21508-8", "3-598-21508-9", "3-598-21507-X", "3-598-2X507-9", "359821507X", "3-598-21507"} {
		fmt.Printf("%-16s %t\n", s, IsValidISBN(s))
	}
	var arm []int
	for n := 0; n < 10000; n++ {
		if Armstrong(n) {
			arm = append(arm, n)
		}
	}
	fmt.Println(arm)
}
