package main

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
)

const src = `package demo

import "fmt"

type Point struct{ X, Y int }

func (p Point) Sum() int { return p.X + p.Y }

func Hello(name string) {
	fmt.Println("hi", name, 42)
}

var count = 3
`

func main() {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "demo.go", src, parser.ParseComments)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(f.Name.Name, len(f.Decls), len(f.Imports))
	ast.Inspect(f, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.FuncDecl:
			recv := ""
			if x.Recv != nil {
				recv = "method "
			}
			fmt.Printf("%s%s at %s\n", recv, x.Name.Name, fset.Position(x.Pos()))
		case *ast.BasicLit:
			fmt.Println("lit", x.Kind, x.Value)
		case *ast.TypeSpec:
			fmt.Println("type", x.Name)
		}
		return true
	})
	for _, d := range f.Decls {
		if g, ok := d.(*ast.GenDecl); ok {
			fmt.Println(g.Tok, len(g.Specs))
		}
	}
}
