package main

import (
	"bytes"
	"fmt"
	"maps"
	"slices"
	"strings"
)

const logText = `INFO start service=api
WARN slow query ms=120
INFO request path=/users
ERROR db timeout
INFO request path=/items
WARN slow query ms=340
`

func main() {
	levels := map[string]int{}
	for line := range strings.Lines(logText) {
		lvl, _, _ := strings.Cut(line, " ")
		levels[lvl]++
	}
	for _, k := range slices.Sorted(maps.Keys(levels)) {
		fmt.Printf("%s=%d ", k, levels[k])
	}
	fmt.Println()

	for part := range strings.SplitSeq("a,b,,c", ",") {
		fmt.Printf("%q ", part)
	}
	fmt.Println()
	for part := range strings.SplitAfterSeq("1;2;3", ";") {
		fmt.Printf("%q ", part)
	}
	fmt.Println()
	words := slices.Collect(strings.FieldsSeq("  go   is\tfun \n yes "))
	fmt.Println(words, len(words))
	up := slices.Collect(strings.FieldsFuncSeq("a1b22c333", func(r rune) bool { return r >= '0' && r <= '9' }))
	fmt.Println(up)

	var lines []string
	for l := range strings.Lines("no newline at end") {
		lines = append(lines, l)
	}
	fmt.Printf("%q\n", lines)

	for l := range bytes.Lines([]byte("x\ny\n")) {
		fmt.Printf("%q ", l)
	}
	for f := range bytes.FieldsSeq([]byte(" p  q ")) {
		fmt.Printf("<%s>", f)
	}
	fmt.Println()

	// early break
	n := 0
	for s := range strings.SplitSeq(strings.Repeat("x|", 100), "|") {
		if n == 3 {
			break
		}
		n++
		_ = s
	}
	fmt.Println("n", n)

	var total int
	for line := range strings.Lines(logText) {
		_, after, ok := strings.Cut(strings.TrimSpace(line), "ms=")
		if !ok {
			continue
		}
		var ms int
		fmt.Sscan(after, &ms)
		total += ms
	}
	fmt.Println("slow total ms:", total)
}
