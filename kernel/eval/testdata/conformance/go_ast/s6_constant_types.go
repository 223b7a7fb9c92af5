package main

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
)

func main() {
	a := constant.MakeInt64(7)
	b := constant.MakeFloat64(2.5)
	fmt.Println(constant.BinaryOp(a, token.MUL, b), constant.Compare(a, token.GTR, b), a.Kind(), b.Kind())
	big := constant.Shift(constant.MakeInt64(1), token.SHL, 100)
	fmt.Println(big, constant.BitLen(big))
	v, exact := constant.Int64Val(constant.MakeFromLiteral("0x1F", token.INT, 0))
	fmt.Println(v, exact)
	src := `package p
const K = 1 << 10
var X = K * 2
func F(a int, b string) (int, error) { return a, nil }
type T struct{ A int; B []string }
`
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", src, 0)
	if err != nil {
		fmt.Println(err)
		return
	}
	conf := types.Config{Importer: importer.Default()}
	info := &types.Info{Types: map[ast.Expr]types.TypeAndValue{}}
	pkg, err := conf.Check("p", fset, []*ast.File{f}, info)
	fmt.Println(err)
	for _, name := range pkg.Scope().Names() {
		obj := pkg.Scope().Lookup(name)
		fmt.Println(name, obj.Type())
	}
	fmt.Println(pkg.Scope().Lookup("K").(*types.Const).Val())
	_, err = conf.Check("q", fset, []*ast.File{mustParse(fset, "package q\nvar x int = \"s\"\n")}, nil)
	fmt.Println(err)
}

func mustParse(fset *token.FileSet, src string) *ast.File {
	f, err := parser.ParseFile(fset, "q.go", src, 0)
	if err != nil {
		panic(err)
	}
	return f
}
