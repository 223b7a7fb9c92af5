package main

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

func Encode(s string) string {
	var b strings.Builder
	runes := []rune(s)
	for i := 0; i < len(runes); {
		j := i
		for j < len(runes) && runes[j] == runes[i] {
			j++
		}
		if n := j - i; n > 1 {
			b.WriteString(strconv.Itoa(n))
		}
		b.WriteRune(runes[i])
		i = j
	}
	return b.String()
}

func Decode(s string) string {
	var b strings.Builder
	n := 0
	for _, r := range s {
		if unicode.IsDigit(r) {
			n = n*10 + int(r-'0')
			continue
		}
		if n == 0 {
			n = 1
		}
		b.WriteString(strings.Repeat(string(r), n))
		n = 0
	}
	return b.String()
}

func main() {
	cases := []string{"", "XYZ", "AABBBCCCC", "WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW", "  hsqq qww  ", "⏰⚽⚽⚽⭐⭐⏰"}
	for _, c := range cases {
		e := Encode(c)
		d := Decode(e)
		fmt.Printf("%q -> %q -> ok=%v\n", c, e, d == c)
	}
	fmt.Println(Decode("12WB12W3B24WB"))
}
