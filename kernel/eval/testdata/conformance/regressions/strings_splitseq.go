package main

import (
	"fmt"
	"strings"
)

func main() {
	for part := range strings.SplitSeq("a,b,c", ",") {
		fmt.Println(part)
	}
	for f := range strings.FieldsSeq("  x  y z ") {
		fmt.Printf("[%s]", f)
	}
	fmt.Println()
	for l := range strings.Lines("one\ntwo\nthree") {
		fmt.Printf("%q\n", l)
	}
}
