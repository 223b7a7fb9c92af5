package main

import (
	"bytes"
	"fmt"
	"strings"
)

func main() {
	text := "alpha beta\n  gamma\ndelta\n"
	for line := range strings.Lines(text) {
		fmt.Printf("%q\n", line)
	}
	for part := range strings.SplitSeq("a,b,,c", ",") {
		fmt.Printf("[%s]", part)
	}
	fmt.Println()
	for f := range strings.FieldsSeq("  one  two\tthree ") {
		fmt.Print(f, "|")
	}
	fmt.Println()
	for f := range strings.FieldsFuncSeq("a1b22c333", func(r rune) bool { return r >= '0' && r <= '9' }) {
		fmt.Print(f)
	}
	fmt.Println()
	for p := range strings.SplitAfterSeq("x;y;z", ";") {
		fmt.Print(p, " ")
	}
	fmt.Println()
	for l := range bytes.Lines([]byte("1\n2\n3")) {
		fmt.Printf("%q ", l)
	}
	fmt.Println()
	for w := range bytes.FieldsSeq([]byte(" p  q ")) {
		fmt.Print(string(w), ".")
	}
	fmt.Println()
}
