package main

import (
	"fmt"
	"strings"
)

func main() {
	for part := range strings.SplitSeq("a,b,c", ",") {
		fmt.Printf("%q ", part)
	}
	fmt.Println()
	for part := range strings.FieldsSeq("  one two   three ") {
		fmt.Printf("[%s]", part)
	}
	fmt.Println()
	for line := range strings.Lines("first\nsecond\nthird") {
		fmt.Printf("%q\n", line)
	}
	for part := range strings.SplitAfterSeq("x-y-z", "-") {
		fmt.Print(part, "|")
	}
	fmt.Println()
	n := 0
	for w := range strings.FieldsFuncSeq("a1b22c333", func(r rune) bool { return r >= '0' && r <= '9' }) {
		n++
		fmt.Print(w)
	}
	fmt.Println(" ", n)
}
