package main

import (
	"fmt"
	"strings"
)

func bucket(s string) string {
	switch n := len(s); {
	case n == 0:
		return "empty"
	case n < 3, strings.HasPrefix(s, "x"):
		return "short-or-x"
	case n < 6 && s[0] == 'a', n > 10:
		return "a-word-or-long"
	default:
		return "other"
	}
}

func kind(r rune) string {
	switch {
	case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z':
		return "letter"
	case r >= '0' && r <= '9':
		return "digit"
	case r == ' ', r == '\t', r == '\n':
		return "space"
	}
	return "other"
}

func main() {
	for _, s := range []string{"", "ab", "xylophone", "apple", "abcdefghijkl", "banana", "abcdefg"} {
		fmt.Printf("%q=%s ", s, bucket(s))
	}
	fmt.Println()
	counts := map[string]int{}
	for _, r := range "Go 1.26\tis out!\n" {
		counts[kind(r)]++
	}
	fmt.Println(counts)
	x := 7
	switch y := x % 3; {
	case y == 0, x > 100:
		fmt.Println("zero or big")
	case y == 1, y == 2:
		fmt.Println("remainder", y)
		if y == 1 {
			break
		}
		fmt.Println("not reached for 7")
	}
	switch {
	case x > 5:
		fmt.Println("x > 5")
		fallthrough
	case x > 100, x < 0:
		fmt.Println("fell into a list case")
	case true:
		fmt.Println("not reached")
	}
}
