package main

import (
	"fmt"
	"strings"
	"text/scanner"
)

const src = `// comment
if a > 10 {
	someParsable = text	"str" 3.14 'c'
}`

func main() {
	var s scanner.Scanner
	s.Init(strings.NewReader(src))
	s.Filename = "example"
	for tok := s.Scan(); tok != scanner.EOF; tok = s.Scan() {
		fmt.Printf("%s: %s %s\n", s.Position, s.TokenText(), scanner.TokenString(tok))
	}
	var s2 scanner.Scanner
	s2.Init(strings.NewReader("a-b %x"))
	s2.Mode ^= scanner.SkipComments
	s2.IsIdentRune = func(ch rune, i int) bool {
		return ch == '%' && i == 0 || ch == '-' && i > 0 || 'a' <= ch && ch <= 'z'
	}
	for tok := s2.Scan(); tok != scanner.EOF; tok = s2.Scan() {
		fmt.Println(s2.TokenText())
	}
}
