package main

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/format"
	"go/parser"
	"go/printer"
	"go/scanner"
	"go/token"
	"sort"
	"strings"
)

const src = `package calc

import "fmt"

// Add adds.
func Add(a, b int) int { return a + b }

type Op struct {
	Name string
	Fn   func(int, int) int
}

func (o Op) Apply(x, y int) int {
	if o.Fn == nil { return 0 }
	fmt.Println("apply", o.Name)
	return o.Fn(x, y)
}

var ops = []Op{{"add", Add}}
`

type counter struct {
	kinds map[string]int
}

func (c *counter) Visit(n ast.Node) ast.Visitor {
	if n != nil {
		c.kinds[fmt.Sprintf("%T", n)]++
	}
	return c
}

func main() {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "calc.go", src, parser.ParseComments)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(f.Name.Name, len(f.Decls), len(f.Comments), f.Imports[0].Path.Value)
	for _, d := range f.Decls {
		switch d := d.(type) {
		case *ast.FuncDecl:
			recv := ""
			if d.Recv != nil {
				recv = fmt.Sprintf("(%s) ", types(d.Recv.List[0].Type))
			}
			fmt.Printf("func %s%s at %v doc=%q\n", recv, d.Name.Name, fset.Position(d.Pos()), d.Doc.Text())
		case *ast.GenDecl:
			fmt.Println(d.Tok, len(d.Specs), fset.Position(d.Pos()).Line)
		}
	}
	c := &counter{kinds: map[string]int{}}
	ast.Walk(c, f)
	var keys []string
	for k := range c.kinds {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys[:6] {
		fmt.Print(k, "=", c.kinds[k], " ")
	}
	fmt.Println()
	calls := 0
	ast.Inspect(f, func(n ast.Node) bool {
		if ce, ok := n.(*ast.CallExpr); ok {
			calls++
			var b bytes.Buffer
			printer.Fprint(&b, fset, ce.Fun)
			fmt.Print(b.String(), " ")
		}
		return true
	})
	fmt.Println(calls)
	for _, id := range []string{"Add", "Op", "ops", "missing"} {
		fmt.Print(f.Scope.Lookup(id) != nil, " ")
	}
	fmt.Println(ast.IsExported("ops"))
	ast.FilterFile(f, ast.IsExported)
	var out bytes.Buffer
	format.Node(&out, fset, f)
	fmt.Println(strings.Count(out.String(), "\n"), strings.Contains(out.String(), "var ops"))
	pretty, err := format.Source([]byte("package x\nfunc  f( ){x:=1;_=x}"))
	fmt.Printf("%s%v\n", pretty, err)
	_, err = format.Source([]byte("package x\nfunc {"))
	fmt.Println(err)
	_, err = parser.ParseFile(fset, "bad.go", "package p\nfunc f() { x := }\nvar = 1\n", parser.AllErrors)
	if el, ok := err.(scanner.ErrorList); ok {
		for _, e := range el {
			fmt.Println(e.Pos.Line, e.Msg)
		}
	}
	e, _ := parser.ParseExpr("a*(b+c) - f(x)[i]")
	fmt.Printf("%T %v\n", e, e.(*ast.BinaryExpr).Op)
	var s scanner.Scanner
	file := fset.AddFile("expr", fset.Base(), 20)
	s.Init(file, []byte("x := 3.5 // c\ny++"), nil, scanner.ScanComments)
	for {
		pos, tok, lit := s.Scan()
		if tok == token.EOF {
			break
		}
		fmt.Printf("%s %s %q; ", fset.Position(pos), tok, lit)
	}
	fmt.Println()
	fmt.Println(token.ADD.Precedence(), token.Lookup("func").IsKeyword(), token.IsIdentifier("x1"), token.MUL.String())
}

func types(e ast.Expr) string {
	switch t := e.(type) {
	case *ast.Ident:
		return t.Name
	case *ast.StarExpr:
		return "*" + types(t.X)
	}
	return "?"
}
