package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	for part := range strings.SplitAfterSeq("a;b;c", ";") {
		fmt.Printf("%q ", part)
	}
	fmt.Println()
	for f := range strings.FieldsFuncSeq("a1b22c", unicode.IsDigit) {
		fmt.Print(f, " ")
	}
	fmt.Println()
	n := 0
	for line := range strings.Lines("x\ny\n") {
		n++
		fmt.Printf("%d:%q ", n, line)
	}
	fmt.Println()
	for w := range strings.FieldsSeq("stop here please") {
		if w == "here" {
			break
		}
		fmt.Println(w)
	}
}
