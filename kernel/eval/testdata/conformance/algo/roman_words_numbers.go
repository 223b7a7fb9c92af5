package main

import (
	"fmt"
	"strings"
)

var small = []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
	"ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"}
var tens = []string{"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}

func say(n int64) string {
	if n < 0 {
		return "minus " + say(-n)
	}
	if n < 20 {
		return small[n]
	}
	if n < 100 {
		s := tens[n/10]
		if n%10 != 0 {
			s += "-" + small[n%10]
		}
		return s
	}
	if n < 1000 {
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

func fromRoman(s string) int {
	val := map[byte]int{'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100, 'D': 500, 'M': 1000}
	total := 0
	for i := range len(s) {
		v := val[s[i]]
		if i+1 < len(s) && v < val[s[i+1]] {
			total -= v
		} else {
			total += v
		}
	}
	return total
}

func main() {
	for _, n := range []int64{0, 7, 13, 40, 99, 100, 101, 342, 1000, 1234567, -45, 2000000000013} {
		fmt.Printf("%d: %s\n", n, say(n))
	}
	for _, r := range []string{"III", "LVIII", "MCMXCIV", "MMXXIV"} {
		fmt.Print(fromRoman(r), " ")
	}
	fmt.Println()
}
