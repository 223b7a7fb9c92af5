package main

import (
	"fmt"
	"strconv"
	"strings"
)

var small = []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
	"eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"}
var tens = []string{"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}
var scales = []string{"", "thousand", "million", "billion"}

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
	var parts []string
	for i := 0; n > 0; i++ {
		if chunk := n % 1000; chunk != 0 {
			p := say(chunk)
			if scales[i] != "" {
				p += " " + scales[i]
			}
			parts = append([]string{p}, parts...)
		}
		n /= 1000
	}
	return strings.Join(parts, ", ")
}

func commas(n int64) string {
	s := strconv.FormatInt(n, 10)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	if neg {
		return "-" + b.String()
	}
	return b.String()
}

func ordinal(n int) string {
	suf := "th"
	switch n % 100 {
	case 11, 12, 13:
	default:
		switch n % 10 {
		case 1:
			suf = "st"
		case 2:
			suf = "nd"
		case 3:
			suf = "rd"
		}
	}
	return strconv.Itoa(n) + suf
}

func main() {
	for _, n := range []int64{0, 7, 13, 40, 99, 100, 101, 342, 1000, 1001, 12345, 1000000, 2147483647, -58} {
		fmt.Printf("%12s: %s\n", commas(n), say(n))
	}
	var ords []string
	for _, n := range []int{1, 2, 3, 4, 11, 12, 13, 21, 22, 101, 111, 1003} {
		ords = append(ords, ordinal(n))
	}
	fmt.Println(strings.Join(ords, " "))
	fmt.Printf("|%8.3f|%-8.2f|%+08.1f|%x|%X|%o|%b|%e|\n", 3.14159, 2.5, -1.25, 3054, 3054, 8, 5, 123456.789)
	fmt.Printf("|%5s|%-5s|%.2s|%5.1s|%05d|%-5d|%x|\n", "ab", "ab", "abcdef", "xyz", 42, 42, "hi")
	fmt.Println(strconv.FormatInt(-255, 2), strconv.FormatInt(35, 36), strconv.Quote("tab\t"), strconv.FormatFloat(1.0/3, 'g', 5, 64))
}
