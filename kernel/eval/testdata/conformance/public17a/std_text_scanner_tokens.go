package main

import (
	"fmt"
	"strings"
	"text/scanner"
)

func main() {
	const src = `// comment
x := 3.14 + foo("bar", 'c') // trailing
if x >= 10 { return }`
	var s scanner.Scanner
	s.Init(strings.NewReader(src))
	s.Filename = "example"
	for tok := s.Scan(); tok != scanner.EOF; tok = s.Scan() {
		fmt.Printf("%s: %s %q\n", s.Position, scanner.TokenString(tok), s.TokenText())
	}
	var s2 scanner.Scanner
	s2.Init(strings.NewReader("a b\nc"))
	s2.Mode ^= scanner.SkipComments
	s2.Whitespace ^= 1 << '\n'
	n := 0
	for tok := s2.Scan(); tok != scanner.EOF; tok = s2.Scan() {
		if tok == '\n' {
			n++
		}
	}
	fmt.Println("newlines:", n)
}
