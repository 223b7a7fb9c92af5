package main

import (
	"bytes"
	"fmt"
	"strings"
)

const text = `alpha beta
  gamma

delta,epsilon,,zeta`

func main() {
	for line := range strings.Lines(text) {
		fmt.Printf("%q\n", line)
	}
	n := 0
	for f := range strings.FieldsSeq(text) {
		n++
		if f == "gamma" {
			fmt.Println("found gamma at", n)
		}
	}
	fmt.Println("fields:", n)
	for part := range strings.SplitSeq("delta,epsilon,,zeta", ",") {
		fmt.Printf("[%s]", part)
	}
	fmt.Println()
	for part := range strings.SplitAfterSeq("a.b.c", ".") {
		fmt.Printf("<%s>", part)
	}
	fmt.Println()
	for f := range strings.FieldsFuncSeq("x1y22z333", func(r rune) bool { return r >= '0' && r <= '9' }) {
		fmt.Print(f, " ")
	}
	fmt.Println()
	for l := range bytes.Lines([]byte("one\ntwo")) {
		fmt.Printf("%q ", l)
	}
	fmt.Println()
	for w := range bytes.FieldsSeq([]byte("  b1  b2 ")) {
		fmt.Printf("%s;", w)
	}
	fmt.Println()
	count := map[string]int{}
	for w := range strings.FieldsSeq(strings.ToLower("The cat saw the other cat")) {
		count[w]++
	}
	fmt.Println(count)
}
