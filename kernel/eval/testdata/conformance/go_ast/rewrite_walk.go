package main

import (
	"fmt"
	"go/ast"
	"go/format"
	"go/parser"
	"go/token"
	"sort"
	"strings"
)

type counter struct {
	idents map[string]int
	calls  int
}

func (c *counter) Visit(n ast.Node) ast.Visitor {
	switch x := n.(type) {
	case *ast.Ident:
		c.idents[x.Name]++
	case *ast.CallExpr:
		c.calls++
	}
	return c
}

func main() {
	src := "package p\nfunc add(a, b int) int { return a + b }\nfunc use() int { return add(add(1, 2), 3) }\n"
	fset := token.NewFileSet()
	f, _ := parser.ParseFile(fset, "p.go", src, 0)
	c := &counter{idents: map[string]int{}}
	ast.Walk(c, f)
	var names []string
	for k := range c.idents {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Print(n, "=", c.idents[n], " ")
	}
	fmt.Println("calls", c.calls)
	ast.Inspect(f, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && id.Name == "add" {
			id.Name = "plus"
		}
		return true
	})
	var sb strings.Builder
	format.Node(&sb, fset, f)
	fmt.Print(sb.String())
	sb.Reset()
	ast.Fprint(&sb, fset, f.Decls[0].(*ast.FuncDecl).Type.Params, nil)
	fmt.Print(sb.String())
}
