package main

import (
	"fmt"
	"go/constant"
	"go/scanner"
	"go/token"
	"math"
)

type Tok struct {
	Pos  token.Position
	Kind token.Token
	Lit  string
}

func (t Tok) String() string {
	return fmt.Sprintf("%d:%d %s %q", t.Pos.Line, t.Pos.Column, t.Kind, t.Lit)
}

func lex(src string) ([]Tok, int) {
	fset := token.NewFileSet()
	file := fset.AddFile("x.go", fset.Base(), len(src))
	var s scanner.Scanner
	errs := 0
	s.Init(file, []byte(src), func(pos token.Position, msg string) { errs++ }, scanner.ScanComments)
	var out []Tok
	for {
		pos, tok, lit := s.Scan()
		if tok == token.EOF {
			break
		}
		out = append(out, Tok{fset.Position(pos), tok, lit})
	}
	return out, errs
}

func main() {
	toks, errs := lex("x := 0x1F + 'a' // hi\ny = \"s\" * 2.5e3\n@")
	for _, t := range toks {
		fmt.Println(t)
	}
	fmt.Println(errs)
	fmt.Println(token.ADD.Precedence(), token.MUL.Precedence(), token.LAND.IsOperator(), token.FUNC.IsKeyword(), token.Lookup("range"), token.IsIdentifier("_x1"), token.IsExported("Foo"))
	a := constant.MakeInt64(math.MaxInt64)
	b := constant.BinaryOp(a, token.ADD, constant.MakeInt64(1))
	fmt.Println(b, b.Kind(), constant.Compare(b, token.GTR, a))
	_, exact := constant.Int64Val(b)
	fmt.Println(exact)
	q := constant.BinaryOp(constant.MakeInt64(1), token.QUO, constant.MakeInt64(3))
	f, _ := constant.Float64Val(q)
	fmt.Printf("%v %.6f %v\n", q, f, constant.ToInt(constant.MakeFloat64(2.0)))
	s := constant.MakeString("go")
	fmt.Println(constant.BinaryOp(s, token.ADD, constant.MakeString("pher")), constant.StringVal(s))
	sh := constant.Shift(constant.MakeInt64(1), token.SHL, 100)
	fmt.Println(sh, constant.BitLen(sh), constant.Sign(constant.MakeInt64(-3)))
}
