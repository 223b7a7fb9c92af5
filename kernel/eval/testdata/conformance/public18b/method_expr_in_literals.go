package main

import "fmt"

type Calc struct{ acc int }

func (c *Calc) Add(n int) *Calc { c.acc += n; return c }
func (c Calc) Get() int         { return c.acc }

type F func(*Calc, int) *Calc

func main() {
	m := map[string]func(*Calc, int) *Calc{"a": (*Calc).Add}
	s := []func(*Calc, int) *Calc{(*Calc).Add}
	a := [1]func(Calc) int{Calc.Get}
	ch := make(chan func(Calc) int, 1)
	ch <- Calc.Get
	var fs []F
	fs = append(fs, (*Calc).Add)
	c := &Calc{}
	m["a"](c, 1)
	s[0](c, 2)
	fs[0](c, 3)
	fmt.Println(a[0](*c), (<-ch)(*c))
	var anyv any = Calc.Get
	fmt.Println(anyv.(func(Calc) int)(*c))
	take := func(f func(Calc) int) int { return f(*c) }
	fmt.Println(take(Calc.Get))
	ret := func() func(Calc) int { return Calc.Get }
	fmt.Println(ret()(*c))
	var g F
	g = (*Calc).Add
	g(c, 10)
	fmt.Println(c.Get())
	type holder struct{ f F }
	hs := map[int]holder{1: {(*Calc).Add}}
	hs[1].f(c, 100)
	ptr := &holder{f: (*Calc).Add}
	ptr.f(c, 1000)
	fmt.Println(c.Get())
}
