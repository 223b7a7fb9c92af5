package main

import "fmt"

type Calc struct{ acc int }

func (c *Calc) Add(n int) *Calc { c.acc += n; return c }
func (c Calc) Get() int         { return c.acc }

type row struct{ f func(Calc) int }

var gm = map[string]func(*Calc, int) *Calc{"a": (*Calc).Add}
var gs = []func(*Calc, int) *Calc{(*Calc).Add}
var ga = [...]func(Calc) int{Calc.Get}
var gr = []row{{Calc.Get}}
var gp = &row{Calc.Get}
var gmr = map[int]row{1: {f: Calc.Get}}
var gf = Calc.Get
var gi any = Calc.Get

func main() {
	c := &Calc{}
	gm["a"](c, 1)
	gs[0](c, 2)
	fmt.Println(ga[0](*c), gr[0].f(*c), gp.f(*c), gmr[1].f(*c), gf(*c), gi.(func(Calc) int)(*c))
}
