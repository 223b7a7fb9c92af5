package main

import (
	"bytes"
	"fmt"
	"slices"
	"strings"
)

func main() {
	csv := "name;age;city\nann;31;rome\nbob;;oslo\n"
	for line := range strings.Lines(csv) {
		fields := slices.Collect(strings.SplitSeq(strings.TrimSuffix(line, "\n"), ";"))
		fmt.Printf("%d %q\n", len(fields), fields)
	}
	data := []byte("k1=v1&k2=v2&&k3")
	for part := range bytes.SplitSeq(data, []byte("&")) {
		k, v, ok := bytes.Cut(part, []byte("="))
		fmt.Printf("[%s|%s|%v]", k, v, ok)
	}
	fmt.Println()
	for f := range bytes.FieldsFuncSeq([]byte("a1b2c3"), func(r rune) bool { return r >= '0' && r <= '9' }) {
		fmt.Print(string(f))
	}
	fmt.Println()
	words := slices.Collect(strings.FieldsSeq("  many   spaces here  "))
	fmt.Println(len(words), words)
	for s := range bytes.SplitAfterSeq([]byte("a,b,c"), []byte(",")) {
		fmt.Printf("%q ", s)
	}
	fmt.Println()
}
