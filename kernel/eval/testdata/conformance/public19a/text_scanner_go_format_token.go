package main

import (
	"fmt"
	"go/format"
	"go/token"
	"strings"
	"text/scanner"
)

func main() {
	const src = `// comment
x := 3.14 + foo("str", 'c') // trailing
if x >= 10 { y = x << 2 }`
	var s scanner.Scanner
	s.Init(strings.NewReader(src))
	s.Filename = "example"
	for tok := s.Scan(); tok != scanner.EOF; tok = s.Scan() {
		fmt.Printf("%s: %s %q\n", s.Position, scanner.TokenString(tok), s.TokenText())
	}
	var s2 scanner.Scanner
	s2.Init(strings.NewReader("a /* c */ b // d\n c"))
	s2.Mode ^= scanner.SkipComments
	for tok := s2.Scan(); tok != scanner.EOF; tok = s2.Scan() {
		if tok == scanner.Comment {
			fmt.Printf("comment %q\n", s2.TokenText())
		}
	}
	var s3 scanner.Scanner
	s3.Init(strings.NewReader("%var1 var2%"))
	s3.Filename = "ident"
	s3.IsIdentRune = func(ch rune, i int) bool {
		return ch == '%' && i == 0 || ch >= 'a' && ch <= 'z' || ch >= '0' && ch <= '9' && i > 0
	}
	for tok := s3.Scan(); tok != scanner.EOF; tok = s3.Scan() {
		fmt.Printf("%s: %s\n", s3.Position, s3.TokenText())
	}
	out, err := format.Source([]byte("package main\nfunc  main( ){\nx:=1;if x>0{println( \"hi\" )}\n}\n"))
	fmt.Printf("%s%v\n", out, err)
	_, err = format.Source([]byte("package main\nfunc {"))
	fmt.Println(err)
	fmt.Println(token.ADD, token.LAND, token.ARROW, token.DEFINE, token.FUNC.IsKeyword(), token.IDENT.IsLiteral(), token.MUL.Precedence())
	fmt.Println(token.Lookup("range"), token.Lookup("foo"), token.IsIdentifier("_x1"), token.IsKeyword("go"), token.IsExported("Name"))
	fs := token.NewFileSet()
	f := fs.AddFile("a.go", -1, 30)
	f.SetLinesForContent([]byte("line1\nline2\nline3\n"))
	fmt.Println(fs.Position(f.Pos(8)), f.LineCount(), f.Line(f.Pos(13)))
}
