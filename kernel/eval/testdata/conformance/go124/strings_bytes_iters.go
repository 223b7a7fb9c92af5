package main

import (
	"bytes"
	"fmt"
	"strings"
)

func main() {
	text := "first line\nsecond line\n"
	for line := range strings.Lines(text) {
		fmt.Print(strings.ToUpper(line))
	}
	for f := range bytes.FieldsSeq([]byte(" a  b ")) {
		fmt.Printf("[%s]", f)
	}
	fmt.Println()
	for p := range bytes.SplitAfterSeq([]byte("1,2"), []byte(",")) {
		fmt.Printf("%q", p)
	}
	fmt.Println()
}
