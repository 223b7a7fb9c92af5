package main

import (
	"fmt"
	"strconv"
)

type Node interface {
	String() string
	Simplify() Node
	Eval(x float64) float64
}

type Const float64
type X struct{}
type Add struct{ L, R Node }
type Mul struct{ L, R Node }

func (c Const) String() string       { return strconv.FormatFloat(float64(c), 'g', -1, 64) }
func (c Const) Simplify() Node       { return c }
func (c Const) Eval(float64) float64 { return float64(c) }
func (X) String() string             { return "x" }
func (x X) Simplify() Node           { return x }
func (X) Eval(v float64) float64     { return v }
func (a Add) String() string         { return "(" + a.L.String() + " + " + a.R.String() + ")" }
func (a Add) Eval(v float64) float64 { return a.L.Eval(v) + a.R.Eval(v) }
func (m Mul) String() string         { return m.L.String() + "*" + m.R.String() }
func (m Mul) Eval(v float64) float64 { return m.L.Eval(v) * m.R.Eval(v) }

func (a Add) Simplify() Node {
	l, r := a.L.Simplify(), a.R.Simplify()
	lc, lok := l.(Const)
	rc, rok := r.(Const)
	switch {
	case lok && rok:
		return lc + rc
	case lok && lc == 0:
		return r
	case rok && rc == 0:
		return l
	}
	return Add{l, r}
}

func (m Mul) Simplify() Node {
	l, r := m.L.Simplify(), m.R.Simplify()
	lc, lok := l.(Const)
	rc, rok := r.(Const)
	switch {
	case lok && rok:
		return lc * rc
	case lok && lc == 0, rok && rc == 0:
		return Const(0)
	case lok && lc == 1:
		return r
	case rok && rc == 1:
		return l
	}
	return Mul{l, r}
}

func Derive(n Node) Node {
	switch e := n.(type) {
	case Const:
		return Const(0)
	case X:
		return Const(1)
	case Add:
		return Add{Derive(e.L), Derive(e.R)}
	case Mul:
		return Add{Mul{Derive(e.L), e.R}, Mul{e.L, Derive(e.R)}}
	}
	panic(fmt.Sprintf("unknown node %T", n))
}

func main() {
	// 3x^2 + 2x + 1
	f := Add{Add{Mul{Const(3), Mul{X{}, X{}}}, Mul{Const(2), X{}}}, Const(1)}
	fmt.Println("f   =", f)
	d := Derive(f)
	fmt.Println("f'  =", d)
	s := d.Simplify()
	fmt.Println("f'  =", s)
	dd := Derive(s).Simplify()
	fmt.Println("f'' =", dd)
	for _, x := range []float64{0, 1, 2.5} {
		fmt.Printf("x=%v f=%v f'=%v f''=%v\n", x, f.Eval(x), s.Eval(x), dd.Eval(x))
	}
	fmt.Println(Add{Const(0), Mul{Const(1), X{}}}.Simplify(), Mul{Const(0), X{}}.Simplify())
	defer func() { fmt.Println("recovered:", recover()) }()
	type Sin struct{ Node }
	Derive(Sin{X{}})
}
