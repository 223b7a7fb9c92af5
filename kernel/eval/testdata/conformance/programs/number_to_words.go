package main

import (
	"fmt"
	"strings"
)

var small = []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
	"eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"}
var tens = []string{"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}

func say(n int64) string {
	switch {
	case n < 0:
		return "minus " + say(-n)
	case n < 20:
		return small[n]
	case n < 100:
		s := tens[n/10]
		if n%10 != 0 {
			s += "-" + small[n%10]
		}
		return s
	case n < 1000:
		s := small[n/100] + " hundred"
		if n%100 != 0 {
			s += " and " + say(n%100)
		}
		return s
	}
	units := []struct {
		v    int64
		name string
	}{{1e12, "trillion"}, {1e9, "billion"}, {1e6, "million"}, {1e3, "thousand"}}
	var parts []string
	for _, u := range units {
		if n >= u.v {
			parts = append(parts, say(n/u.v)+" "+u.name)
			n %= u.v
		}
	}
	if n > 0 {
		parts = append(parts, say(n))
	}
	return strings.Join(parts, " ")
}

func main() {
	for _, n := range []int64{0, 7, 13, 42, 100, 115, 999, 1001, 12345, -67, 1000000, 2147483647} {
		fmt.Printf("%d: %s\n", n, say(n))
	}
}
