package main

import (
	"fmt"
	"strings"
)

func kind(s string) string {
	switch t := strings.TrimSpace(s); strings.ToLower(t[:1]) {
	case "a", "e", "i", "o", "u":
		return t + ": vowel"
	case "y":
		return t + ": sometimes"
	default:
		return t + ": consonant"
	}
}

func main() {
	for _, w := range []string{" apple", "Yak ", "tree"} {
		fmt.Println(kind(w))
	}
	nums := []int{3, 1, 2}
	switch n := len(nums); n * 2 {
	case 6:
		fmt.Println("six")
	default:
		fmt.Println("other")
	}
	switch v := any(2.5); v.(type) {
	case float64:
		fmt.Println("float", v)
	}
}
