package main

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
)

const src = `package p

type Celsius = float64
type Temp Celsius
var T Temp
var C Celsius
`

func main() {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", src, 0)
	if err != nil {
		panic(err)
	}
	conf := types.Config{}
	info := &types.Info{Defs: map[*ast.Ident]types.Object{}}
	pkg, err := conf.Check("p", fset, []*ast.File{f}, info)
	fmt.Println(pkg.Path(), err)
	for _, name := range []string{"Celsius", "Temp", "T", "C"} {
		obj := pkg.Scope().Lookup(name)
		t := obj.Type()
		fmt.Printf("%s: %s unalias=%s underlying=%s\n", name, t, types.Unalias(t), t.Underlying())
	}
	tn := pkg.Scope().Lookup("Celsius").(*types.TypeName)
	fmt.Println(tn.IsAlias())
}
