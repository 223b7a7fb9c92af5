package main

import (
	"fmt"
	"strings"
	"unicode"
)

func titleCase(s string) string {
	prev := ' '
	return strings.Map(func(r rune) rune {
		defer func() { prev = r }()
		if unicode.IsSpace(prev) || prev == '-' {
			return unicode.ToTitle(r)
		}
		return unicode.ToLower(r)
	}, s)
}

func wordWrap(text string, width int) []string {
	var lines []string
	var line strings.Builder
	for _, w := range strings.Fields(text) {
		if line.Len() > 0 && line.Len()+1+len(w) > width {
			lines = append(lines, line.String())
			line.Reset()
		}
		if line.Len() > 0 {
			line.WriteByte(' ')
		}
		line.WriteString(w)
	}
	if line.Len() > 0 {
		lines = append(lines, line.String())
	}
	return lines
}

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func isPalindrome(s string) bool {
	var clean []rune
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) {
			clean = append(clean, r)
		}
	}
	for i, j := 0, len(clean)-1; i < j; i, j = i+1, j-1 {
		if clean[i] != clean[j] {
			return false
		}
	}
	return true
}

func main() {
	fmt.Println(titleCase("the QUICK brown-fox jumps"))
	for i, l := range wordWrap("Go is an open source programming language that makes it simple to build secure, scalable systems.", 24) {
		fmt.Printf("%2d|%-24s|\n", i, l)
	}
	fmt.Println(reverse("Hello, 世界!"), isPalindrome("A man, a plan, a canal: Panama"), isPalindrome("gopher"))
	fmt.Println(strings.Count("日本語", ""), len("日本語"), strings.IndexRune("日本語", '語'))
	fmt.Printf("%q\n", strings.SplitN("a=b=c", "=", -1))
	fmt.Println(strings.ContainsFunc("abc1", unicode.IsDigit), strings.LastIndexFunc("ab1c", unicode.IsDigit))
}
