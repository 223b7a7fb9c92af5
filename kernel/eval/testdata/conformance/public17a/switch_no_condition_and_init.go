package main

import (
	"fmt"
	"strings"
)

func grade(score int) string {
	switch {
	case score < 0 || score > 100:
		return "invalid"
	case score >= 90:
		return "A"
	case score >= 80:
		return "B"
	case score >= 70:
		return "C"
	}
	return "F"
}

func kind(r rune) string {
	switch r {
	case 'a', 'e', 'i', 'o', 'u':
		return "vowel"
	case ' ', '\t':
		return "space"
	}
	switch s := string(r); {
	case strings.ContainsAny(s, "0123456789"):
		return "digit"
	case strings.ToUpper(s) != s:
		return "consonant"
	}
	return "other"
}

func main() {
	for _, s := range []int{95, 85, 72, 10, 101, -1} {
		fmt.Print(grade(s), " ")
	}
	fmt.Println()
	counts := map[string]int{}
	for _, r := range "hello world 42!" {
		counts[kind(r)]++
	}
	fmt.Println(counts)
	x := 10
	switch x := x * 2; {
	case x > 15:
		fmt.Println("x doubled is big", x)
	}
	fmt.Println(x)
	switch {
	}
	switch x {
	}
	switch f := 1.5; f {
	case 1.5:
		fmt.Println("float case")
	}
}
