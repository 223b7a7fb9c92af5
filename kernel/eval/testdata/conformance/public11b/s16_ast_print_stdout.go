package main

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
)

// ast.Print writes to standard output: in a notebook, the cell's, in order
// with the cell's own prints.
func main() {
	fset := token.NewFileSet()
	expr, err := parser.ParseExprFrom(fset, "expr.go", "a + 2*b", 0)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("before")
	ast.Print(fset, expr)
	fmt.Println("between")
	ast.Print(nil, []string{"x", "y"})
	fmt.Println("after")
}
