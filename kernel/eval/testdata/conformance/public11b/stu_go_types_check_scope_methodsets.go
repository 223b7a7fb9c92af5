package main

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/parser"
	"go/token"
	"go/types"
	"sort"
	"strings"
)

const src = `package shapes

type Shape interface {
	Area() float64
}

type Rect struct{ W, H float64 }

func (r Rect) Area() float64 { return r.W * r.H }

type Square struct{ Rect }

const Big = 1 << 40

var total = Rect{2, 3}.Area() + float64(len("abc"))

func Sum(xs ...Shape) (s float64) {
	for _, x := range xs {
		s += x.Area()
	}
	return
}

func broken() int { return "x" }
`

func main() {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "shapes.go", src, 0)
	if err != nil {
		fmt.Println(err)
		return
	}
	var errs []string
	conf := types.Config{Error: func(err error) { errs = append(errs, err.Error()) }}
	info := &types.Info{
		Types: map[ast.Expr]types.TypeAndValue{},
		Defs:  map[*ast.Ident]types.Object{},
		Uses:  map[*ast.Ident]types.Object{},
	}
	pkg, _ := conf.Check("shapes", fset, []*ast.File{f}, info)
	fmt.Println(pkg.Path(), pkg.Name(), errs)
	names := pkg.Scope().Names()
	sort.Strings(names)
	for _, n := range names {
		obj := pkg.Scope().Lookup(n)
		fmt.Printf("%-6s %-14T %s\n", n, obj, types.ObjectString(obj, types.RelativeTo(pkg)))
	}
	shape := pkg.Scope().Lookup("Shape").Type().Underlying().(*types.Interface)
	for _, n := range []string{"Rect", "Square"} {
		t := pkg.Scope().Lookup(n).Type()
		fmt.Println(n, types.Implements(t, shape), types.Implements(types.NewPointer(t), shape))
		ms := types.NewMethodSet(t)
		for i := 0; i < ms.Len(); i++ {
			fmt.Println("  ", ms.At(i))
		}
	}
	big := pkg.Scope().Lookup("Big").(*types.Const)
	fmt.Println(big.Val(), big.Val().Kind(), constant.BitLen(big.Val()), big.Type())
	var consts []string
	for e, tv := range info.Types {
		if tv.Value != nil {
			consts = append(consts, fmt.Sprintf("%s=%s", types.ExprString(e), tv.Value))
		}
	}
	sort.Strings(consts)
	fmt.Println(strings.Join(consts, " "))
	uses := 0
	for id, obj := range info.Uses {
		if obj.Name() == "Area" {
			uses++
			_ = id
		}
	}
	fmt.Println("Area uses:", uses, len(info.Defs) > 5)
	fmt.Println(types.Typ[types.Int].Name(), types.Universe.Lookup("error").Type(), types.NewSlice(types.Typ[types.String]))
	sizes := types.SizesFor("gc", "amd64")
	fmt.Println(sizes.Sizeof(pkg.Scope().Lookup("Rect").Type()))
}
