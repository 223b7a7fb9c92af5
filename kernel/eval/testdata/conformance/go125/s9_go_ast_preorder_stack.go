package main

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"strings"
)

const src = `package p

func add(a, b int) int { return a + b }

func main() { println(add(1, 2)) }
`

func main() {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", src, 0)
	if err != nil {
		panic(err)
	}
	ast.PreorderStack(f, nil, func(n ast.Node, stack []ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok {
			var kinds []string
			for _, s := range stack {
				kinds = append(kinds, strings.TrimPrefix(fmt.Sprintf("%T", s), "*ast."))
			}
			fmt.Printf("%-7s %d %s\n", id.Name, len(stack), kinds[len(kinds)-1])
		}
		return true
	})
	count := 0
	for n := range ast.Preorder(f) {
		if _, ok := n.(*ast.CallExpr); ok {
			count++
		}
	}
	fmt.Println("calls:", count)
}
