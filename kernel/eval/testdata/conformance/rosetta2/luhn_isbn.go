package main

import (
	"fmt"
	"strings"
)

func luhn(s string) bool {
	sum := 0
	double := false
	for i := len(s) - 1; i >= 0; i-- {
		d := int(s[i] - '0')
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

func isbn13(s string) bool {
	s = strings.ReplaceAll(strings.ReplaceAll(s, "-", ""), " ", "")
	if len(s) != 13 {
		return false
	}
	sum := 0
	for i, c := range s {
		if c < '0' || c > '9' {
			return false
		}
		w := 1
		if i%2 == 1 {
			w = 3
		}
		sum += int(c-'0') * w
	}
	return sum%10 == 0
}

func main() {
	for _, n := range []string{"49927398716", "49927398717", "1234567812345678", "1234567812345670"} {
		fmt.Println(n, luhn(n))
	}
	for _, n := range []string{"978-0596528126", "978-0596528120", "978-1788399081", "978-1788399083"} {
		fmt.Println(n, isbn13(n))
	}
}
