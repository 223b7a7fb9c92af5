package main

import (
	"bytes"
	"fmt"
	"maps"
	"slices"
	"strings"
)

func main() {
	text := "alpha\nbeta\n\ngamma"
	for line := range strings.Lines(text) {
		fmt.Printf("%q ", line)
	}
	fmt.Println()
	for part := range strings.SplitSeq("a,b,,c", ",") {
		fmt.Printf("[%s]", part)
	}
	fmt.Println()
	for f := range strings.FieldsSeq("  x  y z ") {
		fmt.Print(f, ";")
	}
	fmt.Println()
	fmt.Println(slices.Collect(strings.FieldsFuncSeq("a1b2c", func(r rune) bool { return r >= '0' && r <= '9' })))
	for p := range bytes.SplitSeq([]byte("1 2 3"), []byte(" ")) {
		fmt.Print(string(p), "+")
	}
	fmt.Println()
	m := maps.Collect(func(yield func(string, int) bool) {
		for i, s := range []string{"x", "y"} {
			if !yield(s, i) {
				return
			}
		}
	})
	fmt.Println(m)
	ins := map[int]string{1: "one"}
	maps.Insert(ins, maps.All(map[int]string{2: "two", 3: "three"}))
	fmt.Println(ins)
	keys := slices.Collect(maps.Keys(ins))
	slices.Sort(keys)
	fmt.Println(keys)
	ch := slices.AppendSeq([]int{0}, slices.Values([]int{1, 2}))
	fmt.Println(ch)
	up := func(yield func(string) bool) {
		for l := range strings.Lines("a\nb\n") {
			if !yield(strings.ToUpper(strings.TrimSpace(l))) {
				return
			}
		}
	}
	fmt.Println(slices.Collect(up))
	cnt := 0
	for range up {
		cnt++
	}
	fmt.Println(cnt)
}
