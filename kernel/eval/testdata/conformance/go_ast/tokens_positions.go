package main

import (
	"fmt"
	"go/scanner"
	"go/token"
)

func main() {
	src := []byte("x := a + 3.5 // note\nif x >= 10 { return \"s\" }")
	var s scanner.Scanner
	fset := token.NewFileSet()
	file := fset.AddFile("in.go", fset.Base(), len(src))
	s.Init(file, src, nil, scanner.ScanComments)
	for {
		pos, tok, lit := s.Scan()
		if tok == token.EOF {
			break
		}
		fmt.Printf("%-10s %-8s %q\n", fset.Position(pos), tok, lit)
	}
	fmt.Println(token.ADD.Precedence(), token.MUL.Precedence(), token.LAND.Precedence())
	fmt.Println(token.IsKeyword("func"), token.IsIdentifier("_x1"), token.IsExported("Foo"), token.Lookup("range"))
	fmt.Println(token.ADD.IsOperator(), token.IDENT.IsLiteral(), token.FUNC.IsKeyword())
}
