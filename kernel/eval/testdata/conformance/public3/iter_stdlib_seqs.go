package main

import (
	"bytes"
	"fmt"
	"maps"
	"slices"
	"strings"
)

func main() {
	for line := range strings.Lines("one\ntwo\nthree") {
		fmt.Printf("%q ", line)
	}
	fmt.Println()
	for part := range strings.SplitSeq("a,b,,c", ",") {
		fmt.Printf("[%s]", part)
	}
	fmt.Println()
	for f := range strings.FieldsSeq("  lots   of\tspace  ") {
		fmt.Print(f, "|")
	}
	fmt.Println()
	for f := range strings.FieldsFuncSeq("a1b22c333", func(r rune) bool { return r >= '0' && r <= '9' }) {
		fmt.Print(f)
	}
	fmt.Println()
	for b := range bytes.SplitSeq([]byte("x-y-z"), []byte("-")) {
		fmt.Print(string(b))
	}
	fmt.Println()
	s := []string{"c", "a", "b"}
	for i, v := range slices.Backward(s) {
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	fmt.Println(slices.Collect(slices.Chunk([]int{1, 2, 3, 4, 5}, 2)))
	m := maps.Collect(slices.All([]string{"zero", "one"}))
	fmt.Println(m)
	m2 := map[string]int{}
	maps.Insert(m2, maps.All(map[string]int{"k": 1}))
	fmt.Println(m2)
	sorted := slices.SortedFunc(slices.Values([]string{"bb", "a", "ccc"}), func(a, b string) int { return len(b) - len(a) })
	fmt.Println(sorted)
	fmt.Println(slices.AppendSeq([]int{0}, slices.Values([]int{1, 2})))
	for i, v := range slices.All([]float64{1.5, 2.5}) {
		fmt.Println(i, v)
	}
	fmt.Println(slices.Repeat([]string{"ab"}, 3))
}
