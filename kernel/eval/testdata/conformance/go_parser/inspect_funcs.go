package main

import (
	"fmt"
	"go/ast"
	"go/format"
	"go/parser"
	"go/token"
	"strings"
)

const src = `package demo

import "fmt"

// Greet says hello.
func Greet(name string) string { return fmt.Sprintf("hi %s", name) }

func add(a, b int) int {
	return a+b
}

var Answer = 42
`

func main() {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "demo.go", src, parser.ParseComments)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("package", f.Name.Name, "imports", len(f.Imports), f.Imports[0].Path.Value)
	for _, d := range f.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok {
			fmt.Printf("func %s at %v exported=%v params=%d doc=%q\n", fd.Name.Name, fset.Position(fd.Pos()), fd.Name.IsExported(), fd.Type.Params.NumFields(), strings.TrimSpace(fd.Doc.Text()))
		}
	}
	idents := 0
	ast.Inspect(f, func(n ast.Node) bool {
		if _, ok := n.(*ast.Ident); ok {
			idents++
		}
		return true
	})
	fmt.Println("identifiers:", idents)
	out, err := format.Source([]byte("package x\nfunc  f( ) {x:=1;_=x}"))
	fmt.Printf("%s%v\n", out, err)
	expr, _ := parser.ParseExpr("a + b*2")
	be := expr.(*ast.BinaryExpr)
	fmt.Println(be.Op, be.X, fmt.Sprintf("%T", be.Y))
	_, err = parser.ParseFile(fset, "bad.go", "package p\nfunc {", 0)
	fmt.Println(err)
}
