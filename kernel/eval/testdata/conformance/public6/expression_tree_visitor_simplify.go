package main

import (
	"fmt"
	"strings"
)

type Expr interface {
	Accept(v Visitor) Expr
	String() string
}

type Visitor interface {
	VisitNum(n Num) Expr
	VisitVar(v Var) Expr
	VisitBin(b *Bin) Expr
}

type Num float64
type Var string
type Bin struct {
	Op   byte
	L, R Expr
}

func (n Num) Accept(v Visitor) Expr  { return v.VisitNum(n) }
func (x Var) Accept(v Visitor) Expr  { return v.VisitVar(x) }
func (b *Bin) Accept(v Visitor) Expr { return v.VisitBin(b) }
func (n Num) String() string         { return fmt.Sprint(float64(n)) }
func (x Var) String() string         { return string(x) }
func (b *Bin) String() string {
	return "(" + b.L.String() + " " + string(b.Op) + " " + b.R.String() + ")"
}

// Simplifier folds constants and applies identities.
type Simplifier struct{ steps int }

func (s *Simplifier) VisitNum(n Num) Expr { return n }
func (s *Simplifier) VisitVar(v Var) Expr { return v }
func (s *Simplifier) VisitBin(b *Bin) Expr {
	l, r := b.L.Accept(s), b.R.Accept(s)
	ln, lok := l.(Num)
	rn, rok := r.(Num)
	if lok && rok {
		s.steps++
		switch b.Op {
		case '+':
			return ln + rn
		case '-':
			return ln - rn
		case '*':
			return ln * rn
		case '/':
			return ln / rn
		}
	}
	switch {
	case b.Op == '*' && (lok && ln == 0 || rok && rn == 0):
		s.steps++
		return Num(0)
	case b.Op == '*' && lok && ln == 1, b.Op == '+' && lok && ln == 0:
		s.steps++
		return r
	case (b.Op == '*' || b.Op == '/') && rok && rn == 1, (b.Op == '+' || b.Op == '-') && rok && rn == 0:
		s.steps++
		return l
	}
	return &Bin{b.Op, l, r}
}

// Env evaluates with variable bindings.
type Env map[Var]float64

func (e Env) VisitNum(n Num) Expr { return n }
func (e Env) VisitVar(v Var) Expr {
	if x, ok := e[v]; ok {
		return Num(x)
	}
	return v
}
func (e Env) VisitBin(b *Bin) Expr {
	return (&Bin{b.Op, b.L.Accept(e), b.R.Accept(e)}).Accept(&Simplifier{})
}

type VarCollector struct{ seen map[Var]bool }

func (c *VarCollector) VisitNum(n Num) Expr { return n }
func (c *VarCollector) VisitVar(v Var) Expr { c.seen[v] = true; return v }
func (c *VarCollector) VisitBin(b *Bin) Expr {
	b.L.Accept(c)
	b.R.Accept(c)
	return b
}

func main() {
	e := &Bin{'+', &Bin{'*', Num(1), Var("x")}, &Bin{'*', &Bin{'+', Num(2), Num(3)}, &Bin{'-', Var("y"), Num(0)}}}
	s := &Simplifier{}
	simple := e.Accept(s)
	fmt.Println(e, "=>", simple, "steps:", s.steps)
	fmt.Println(simple.Accept(Env{"x": 2, "y": 4}))
	fmt.Println(simple.Accept(Env{"x": 1}))
	zero := (&Bin{'*', Var("z"), &Bin{'-', Num(3), Num(3)}}).Accept(&Simplifier{})
	fmt.Printf("%v %T\n", zero, zero)
	vc := &VarCollector{seen: map[Var]bool{}}
	e.Accept(vc)
	var names []string
	for v := range vc.seen {
		names = append(names, string(v))
	}
	fmt.Println(len(names), strings.Contains(strings.Join(names, ""), "x"))
}
