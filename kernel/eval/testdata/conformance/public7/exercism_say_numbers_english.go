package main

import (
	"errors"
	"fmt"
	"strings"
)

var small = []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
	"eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"}
var tens = []string{"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}
var scales = []struct {
	v    int64
	name string
}{{1e9, "billion"}, {1e6, "million"}, {1e3, "thousand"}}

var ErrRange = errors.New("out of range")

func under1000(n int64) string {
	var parts []string
	if n >= 100 {
		parts = append(parts, small[n/100]+" hundred")
		n %= 100
	}
	switch {
	case n == 0:
	case n < 20:
		parts = append(parts, small[n])
	case n%10 == 0:
		parts = append(parts, tens[n/10])
	default:
		parts = append(parts, tens[n/10]+"-"+small[n%10])
	}
	return strings.Join(parts, " ")
}

func Say(n int64) (string, error) {
	if n < 0 || n >= 1e12 {
		return "", fmt.Errorf("say %d: %w", n, ErrRange)
	}
	if n == 0 {
		return "zero", nil
	}
	var parts []string
	for _, s := range scales {
		if n >= s.v {
			parts = append(parts, under1000(n/s.v)+" "+s.name)
			n %= s.v
		}
	}
	if n > 0 {
		parts = append(parts, under1000(n))
	}
	return strings.Join(parts, " "), nil
}

func main() {
	for _, n := range []int64{0, 1, 14, 20, 22, 100, 123, 1000, 1234, 1000000, 1002345, 987654321123, 999999999999, -1, 1e12} {
		s, err := Say(n)
		if err != nil {
			fmt.Println(err, errors.Is(err, ErrRange))
			continue
		}
		fmt.Printf("%d: %s\n", n, s)
	}
}
