package main

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
)

func main() {
	// ExampleInspect
	{
		// src is the input for which we want to inspect the AST.
		src := `
package p
const c = 1.0
var X = f(3.14)*2 + c
`

		// Create the AST by parsing src.
		fset := token.NewFileSet() // positions are relative to fset
		f, err := parser.ParseFile(fset, "src.go", src, 0)
		if err != nil {
			panic(err)
		}

		// Inspect the AST and print all identifiers and literals.
		ast.Inspect(f, func(n ast.Node) bool {
			var s string
			switch x := n.(type) {
			case *ast.BasicLit:
				s = x.Value
			case *ast.Ident:
				s = x.Name
			}
			if s != "" {
				fmt.Printf("%s:\t%s\n", fset.Position(n.Pos()), s)
			}
			return true
		})

	}

	// ExamplePrint
	{
		// src is the input for which we want to print the AST.
		src := `
package main
func main() {
	println("Hello, World!")
}
`

		// Create the AST by parsing src.
		fset := token.NewFileSet() // positions are relative to fset
		f, err := parser.ParseFile(fset, "", src, 0)
		if err != nil {
			panic(err)
		}

		// Print the AST.
		ast.Print(fset, f)

	}
}
