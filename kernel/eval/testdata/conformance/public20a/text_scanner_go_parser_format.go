package main

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/format"
	"go/parser"
	"go/token"
	"strings"
	"text/scanner"
)

func main() {
	var s scanner.Scanner
	s.Init(strings.NewReader(`x := 3.14 * (y + 2) // comment
	if s == "str" { return 'c' }`))
	s.Filename = "input"
	var toks []string
	for tok := s.Scan(); tok != scanner.EOF; tok = s.Scan() {
		toks = append(toks, fmt.Sprintf("%s:%s", scanner.TokenString(tok), s.TokenText()))
	}
	fmt.Println(len(toks))
	fmt.Println(strings.Join(toks, " "))
	fmt.Println(s.Position.Line)
	src := "package p\nfunc  add(a,b int)int{return a+b}\nvar x=[]int{1,2,\n3}\n"
	out, err := format.Source([]byte(src))
	fmt.Println(string(out), err)
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", src, 0)
	fmt.Println(err, f.Name.Name, len(f.Decls))
	ast.Inspect(f, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.FuncDecl:
			fmt.Println("func", x.Name.Name, "params", x.Type.Params.NumFields(), fset.Position(x.Pos()))
		case *ast.BinaryExpr:
			fmt.Println("binary", x.Op)
		case *ast.BasicLit:
			fmt.Print("lit ", x.Value, " ")
		}
		return true
	})
	fmt.Println()
	expr, err := parser.ParseExpr("a*(b+c) - f(1, \"s\")")
	fmt.Println(err)
	var buf bytes.Buffer
	format.Node(&buf, token.NewFileSet(), expr)
	fmt.Println(buf.String())
	calls := 0
	ast.Inspect(expr, func(n ast.Node) bool {
		if _, ok := n.(*ast.CallExpr); ok {
			calls++
		}
		return true
	})
	fmt.Println("calls:", calls)
	_, err = parser.ParseFile(fset, "bad.go", "package p\nfunc {", 0)
	fmt.Println(err)
	fmt.Println(token.ADD, token.Lookup("func"), token.IsKeyword("go"), token.IsIdentifier("_x1"))
}
