package main

import (
	"fmt"
	"strings"
)

type Visitor interface {
	VisitNum(n Num) any
	VisitBin(b *Bin) any
	VisitNeg(n Neg) any
}

type Expr interface{ Accept(v Visitor) any }

type Num float64
type Bin struct {
	Op   byte
	L, R Expr
}
type Neg struct{ X Expr }

func (n Num) Accept(v Visitor) any  { return v.VisitNum(n) }
func (b *Bin) Accept(v Visitor) any { return v.VisitBin(b) }
func (n Neg) Accept(v Visitor) any  { return v.VisitNeg(n) }

type Evaluator struct{}

func (Evaluator) VisitNum(n Num) any { return float64(n) }
func (e Evaluator) VisitBin(b *Bin) any {
	l, r := b.L.Accept(e).(float64), b.R.Accept(e).(float64)
	switch b.Op {
	case '+':
		return l + r
	case '-':
		return l - r
	case '*':
		return l * r
	case '/':
		return l / r
	}
	panic("bad op " + string(b.Op))
}
func (e Evaluator) VisitNeg(n Neg) any { return -n.X.Accept(e).(float64) }

type Printer struct{ depth int }

func (p *Printer) VisitNum(n Num) any { return fmt.Sprint(float64(n)) }
func (p *Printer) VisitBin(b *Bin) any {
	p.depth++
	defer func() { p.depth-- }()
	return fmt.Sprintf("(%s %c %s)", b.L.Accept(p), b.Op, b.R.Accept(p))
}
func (p *Printer) VisitNeg(n Neg) any { return "-" + n.X.Accept(p).(string) }

type Counter map[string]int

func (c Counter) VisitNum(Num) any { c["num"]++; return nil }
func (c Counter) VisitBin(b *Bin) any {
	c["bin:"+string(b.Op)]++
	b.L.Accept(c)
	b.R.Accept(c)
	return nil
}
func (c Counter) VisitNeg(n Neg) any { c["neg"]++; return n.X.Accept(c) }

func main() {
	e := &Bin{'+', Num(2), &Bin{'*', Neg{Num(3)}, &Bin{'/', Num(10), Num(4)}}}
	fmt.Println(e.Accept(&Printer{}))
	fmt.Println(e.Accept(Evaluator{}))
	c := Counter{}
	e.Accept(c)
	fmt.Println(c)
	exprs := []Expr{Num(1), Neg{Neg{Num(2)}}, &Bin{'-', Num(1), Num(0.5)}, &Bin{'/', Num(1), Num(0)}}
	var parts []string
	for _, x := range exprs {
		parts = append(parts, fmt.Sprintf("%v=%v", x.Accept(&Printer{}), x.Accept(Evaluator{})))
	}
	fmt.Println(strings.Join(parts, "; "))
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		(&Bin{'%', Num(1), Num(2)}).Accept(Evaluator{})
	}()
}
