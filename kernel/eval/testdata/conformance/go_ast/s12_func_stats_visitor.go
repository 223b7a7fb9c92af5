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

type FuncStats struct {
	Name    string
	Params  int
	Returns int
	Calls   []string
}

type collector struct {
	fset  *token.FileSet
	stats []*FuncStats
	cur   *FuncStats
}

func (c *collector) Visit(n ast.Node) ast.Visitor {
	switch n := n.(type) {
	case *ast.FuncDecl:
		fs := &FuncStats{Name: n.Name.Name, Params: n.Type.Params.NumFields()}
		if n.Type.Results != nil {
			fs.Returns = n.Type.Results.NumFields()
		}
		c.stats = append(c.stats, fs)
		return &collector{fset: c.fset, cur: fs}
	case *ast.CallExpr:
		if c.cur != nil {
			var sb strings.Builder
			format.Node(&sb, c.fset, n.Fun)
			c.cur.Calls = append(c.cur.Calls, sb.String())
		}
	}
	return c
}

const src = `package demo

import "fmt"

func add(a, b int) int { return a + b }

func greet(name string) (string, error) {
	s := fmt.Sprintf("hi %s", name)
	fmt.Println(add(1, 2), len(s))
	return s, nil
}

type T struct{}

func (T) M() { greet("x") }
`

func main() {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "demo.go", src, parser.ParseComments)
	if err != nil {
		fmt.Println(err)
		return
	}
	c := &collector{fset: fset}
	ast.Walk(c, f)
	sort.Slice(c.stats, func(i, j int) bool { return c.stats[i].Name < c.stats[j].Name })
	for _, s := range c.stats {
		fmt.Printf("%+v\n", *s)
	}
	var idents []string
	ast.Inspect(f, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && id.Obj == nil && !strings.Contains(strings.Join(idents, ","), id.Name) {
			idents = append(idents, id.Name)
		}
		return true
	})
	fmt.Println(len(idents) > 3, fset.Position(f.Decls[1].Pos()))
	out, err := format.Source([]byte("package x\nfunc  f( ){x:=1;_=x}"))
	fmt.Printf("%s%v\n", out, err)
	_, err = parser.ParseExpr("1 +")
	fmt.Println(err)
}
