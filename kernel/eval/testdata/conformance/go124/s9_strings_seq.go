package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	text := "first line\nsecond line\n\nlast"
	for l := range strings.Lines(text) {
		fmt.Printf("%q\n", l)
	}
	for part := range strings.SplitSeq("a,b,,c", ",") {
		fmt.Printf("[%s]", part)
	}
	fmt.Println()
	for part := range strings.SplitAfterSeq("a,b,c", ",") {
		fmt.Printf("[%s]", part)
	}
	fmt.Println()
	for f := range strings.FieldsSeq("  lots   of\tspace  ") {
		fmt.Printf("<%s>", f)
	}
	fmt.Println()
	for f := range strings.FieldsFuncSeq("a1b22c333", unicode.IsDigit) {
		fmt.Printf("<%s>", f)
	}
	fmt.Println()
	n := 0
	for range strings.SplitSeq("x y z w", " ") {
		n++
		if n == 2 {
			break
		}
	}
	fmt.Println(n)
}
