package main

import (
	"fmt"
	"strconv"
	"strings"
)

type Expr interface{ isExpr() }

type Num float64
type Var string
type BinOp struct {
	Op   byte
	L, R Expr
}
type Call struct {
	Fn   string
	Args []Expr
}

func (Num) isExpr()   {}
func (Var) isExpr()   {}
func (BinOp) isExpr() {}
func (Call) isExpr()  {}

func eval(e Expr, env map[Var]float64) float64 {
	switch e := e.(type) {
	case Num:
		return float64(e)
	case Var:
		return env[e]
	case BinOp:
		l, r := eval(e.L, env), eval(e.R, env)
		switch e.Op {
		case '+':
			return l + r
		case '-':
			return l - r
		case '*':
			return l * r
		case '/':
			return l / r
		}
	case Call:
		if e.Fn == "max" {
			m := eval(e.Args[0], env)
			for _, a := range e.Args[1:] {
				m = max(m, eval(a, env))
			}
			return m
		}
	case nil:
		return 0
	}
	panic(fmt.Sprintf("unknown %T", e))
}

func show(e Expr) string {
	switch e := e.(type) {
	case Num:
		return strconv.FormatFloat(float64(e), 'g', -1, 64)
	case Var:
		return string(e)
	case BinOp:
		return "(" + show(e.L) + " " + string(e.Op) + " " + show(e.R) + ")"
	case Call:
		var args []string
		for _, a := range e.Args {
			args = append(args, show(a))
		}
		return e.Fn + "(" + strings.Join(args, ", ") + ")"
	default:
		return fmt.Sprintf("?%T", e)
	}
}

type Bad struct{}

func (Bad) isExpr() {}

func main() {
	e := BinOp{'+', Num(2), BinOp{'*', Var("x"), Call{"max", []Expr{Num(1), Var("y"), Num(3)}}}}
	env := map[Var]float64{"x": 4, "y": 7.5}
	fmt.Println(show(e), "=", eval(e, env))
	fmt.Println(eval(nil, env), show(nil))
	fmt.Printf("%v\n%+v\n", e, e)
	defer func() { fmt.Println("panic:", recover()) }()
	eval(Bad{}, env)
}
