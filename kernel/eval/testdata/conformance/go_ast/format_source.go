package main

import (
	"bytes"
	"fmt"
	"go/format"
	"go/parser"
	"go/printer"
	"go/token"
)

func main() {
	ugly := []byte("package p\nfunc  f( a int,b int)int{if a>b{return a};return b}\nvar x=map[string]int{\"a\":1,\"bb\":2}\n")
	out, err := format.Source(ugly)
	fmt.Println(err)
	fmt.Print(string(out))
	_, err = format.Source([]byte("package p\nfunc {"))
	fmt.Println(err)
	fset := token.NewFileSet()
	expr, err := parser.ParseExpr("a*(b+c) - f(x,y)[2]")
	fmt.Println(err)
	var buf bytes.Buffer
	printer.Fprint(&buf, fset, expr)
	fmt.Println(buf.String())
	buf.Reset()
	format.Node(&buf, fset, expr)
	fmt.Println(buf.String())
}
