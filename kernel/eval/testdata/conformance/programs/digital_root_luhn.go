package main

import (
	"fmt"
	"strings"
)

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
	return sum%10 == 0
}

func digitalRoot(n uint64) (root uint64, persistence int) {
	for n >= 10 {
		var s uint64
		for ; n > 0; n /= 10 {
			s += n % 10
		}
		n = s
		persistence++
	}
	return n, persistence
}

func main() {
	for _, c := range []string{"49927398716", "49927398717", "1234567812345678", "1234567812345670", "4539 3195 0343 6467", "12a4"} {
		fmt.Printf("%-22q %v\n", c, luhn(c))
	}
	for _, n := range []uint64{627615, 39390, 588225, 393900588225} {
		fmt.Println(digitalRoot(n))
	}
}
