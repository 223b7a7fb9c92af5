package main

import "fmt"

type Expr interface{ Eval() int }

type Lit int
type Add struct{ L, R Expr }
type Neg struct{ X Expr }

func (l Lit) Eval() int      { return int(l) }
func (a Add) Eval() int      { return a.L.Eval() + a.R.Eval() }
func (n Neg) Eval() int      { return -n.X.Eval() }
func (a Add) String() string { return fmt.Sprintf("(%v + %v)", a.L, a.R) }

type Program struct {
	Exprs []Expr
	Main  Expr
}

func main() {
	p := Program{Exprs: []Expr{Lit(1), Add{Lit(2), Neg{Lit(3)}}}, Main: Neg{Add{Lit(1), Lit(1)}}}
	fmt.Println(p)
	fmt.Printf("%+v\n", p.Main)
	fmt.Printf("%v %d\n", p.Exprs, p.Main.Eval())
	fmt.Printf("%#v\n", p.Exprs[0])
}
