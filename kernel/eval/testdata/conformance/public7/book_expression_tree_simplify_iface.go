package main

import (
	"fmt"
	"strings"
)

type Node interface {
	Eval(env map[string]float64) float64
	String() string
}

type Num float64
type Var string
type Bin struct {
	Op   byte
	L, R Node
}
type Call struct {
	Fn   string
	Args []Node
}

func (n Num) Eval(map[string]float64) float64     { return float64(n) }
func (n Num) String() string                      { return fmt.Sprint(float64(n)) }
func (v Var) Eval(env map[string]float64) float64 { return env[string(v)] }
func (v Var) String() string                      { return string(v) }
func (b *Bin) Eval(env map[string]float64) float64 {
	l, r := b.L.Eval(env), b.R.Eval(env)
	switch b.Op {
	case '+':
		return l + r
	case '-':
		return l - r
	case '*':
		return l * r
	}
	return l / r
}
func (b *Bin) String() string {
	return "(" + b.L.String() + " " + string(b.Op) + " " + b.R.String() + ")"
}
func (c Call) Eval(env map[string]float64) float64 {
	var s float64
	for _, a := range c.Args {
		s += a.Eval(env)
	}
	if c.Fn == "avg" {
		s /= float64(len(c.Args))
	}
	return s
}
func (c Call) String() string {
	parts := make([]string, len(c.Args))
	for i, a := range c.Args {
		parts[i] = a.String()
	}
	return c.Fn + "(" + strings.Join(parts, ", ") + ")"
}

func simplify(n Node) Node {
	switch t := n.(type) {
	case *Bin:
		l, r := simplify(t.L), simplify(t.R)
		ln, lok := l.(Num)
		rn, rok := r.(Num)
		switch {
		case lok && rok:
			return Num((&Bin{t.Op, ln, rn}).Eval(nil))
		case t.Op == '*' && (lok && ln == 0 || rok && rn == 0):
			return Num(0)
		case t.Op == '*' && lok && ln == 1:
			return r
		case (t.Op == '*' || t.Op == '/') && rok && rn == 1, (t.Op == '+' || t.Op == '-') && rok && rn == 0:
			return l
		}
		return &Bin{t.Op, l, r}
	case Call:
		args := make([]Node, len(t.Args))
		for i, a := range t.Args {
			args[i] = simplify(a)
		}
		return Call{t.Fn, args}
	}
	return n
}

func main() {
	exprs := []Node{
		&Bin{'+', Num(1), &Bin{'*', Num(2), Num(3)}},
		&Bin{'*', Var("x"), &Bin{'-', Num(5), Num(4)}},
		&Bin{'+', &Bin{'*', Num(0), Var("y")}, Var("x")},
		Call{"avg", []Node{Var("x"), Num(4), &Bin{'/', Var("y"), Num(1)}}},
		&Bin{'/', Call{"sum", []Node{Num(1), Num(2)}}, &Bin{'*', Num(1), Var("x")}},
	}
	env := map[string]float64{"x": 3, "y": 10}
	for _, e := range exprs {
		s := simplify(e)
		fmt.Printf("%-32s => %-20s = %g (%T)\n", e, s, s.Eval(env), s)
	}
	var nodes []Node
	nodes = append(nodes, Num(1), Var("v"))
	for _, n := range nodes {
		if _, isNum := n.(Num); isNum {
			fmt.Println("num", n)
		} else if v, ok := n.(Var); ok {
			fmt.Println("var", string(v))
		}
	}
}
