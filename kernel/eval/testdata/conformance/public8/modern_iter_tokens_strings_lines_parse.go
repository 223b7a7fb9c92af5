package main

import (
	"fmt"
	"iter"
	"strconv"
	"strings"
)

type Token struct {
	Line int
	Kind string
	Text string
}

func Tokens(src string) iter.Seq[Token] {
	return func(yield func(Token) bool) {
		n := 0
		for line := range strings.Lines(src) {
			n++
			line, _, _ = strings.Cut(line, "#")
			for f := range strings.FieldsSeq(line) {
				kind := "word"
				if _, err := strconv.Atoi(f); err == nil {
					kind = "int"
				} else if strings.ContainsAny(f, "=+-*/") {
					kind = "op"
				}
				if !yield(Token{n, kind, f}) {
					return
				}
			}
		}
	}
}

func CountBy[T any, K comparable](seq iter.Seq[T], key func(T) K) map[K]int {
	m := map[K]int{}
	for v := range seq {
		m[key(v)]++
	}
	return m
}

func main() {
	src := `x = 10 # set x
y = x * 2
# comment only
print y + 1
`
	for t := range Tokens(src) {
		fmt.Printf("%d:%-4s %q\n", t.Line, t.Kind, t.Text)
	}
	counts := CountBy(Tokens(src), func(t Token) string { return t.Kind })
	fmt.Println(counts["word"], counts["int"], counts["op"])
	for t := range Tokens(src) {
		if t.Kind == "op" && t.Text == "*" {
			fmt.Println("first multiplication on line", t.Line)
			break
		}
	}
	perLine := CountBy(Tokens(src), func(t Token) int { return t.Line })
	fmt.Println(perLine[1], perLine[2], perLine[3], perLine[4])
}
