package main

import (
	"fmt"
	"sort"
	"strings"
)

type Calc struct {
	acc   float64
	trace []string
}

func (c *Calc) Add(x float64) { c.acc += x; c.log("add", x) }
func (c *Calc) Mul(x float64) { c.acc *= x; c.log("mul", x) }
func (c *Calc) Neg(float64)   { c.acc = -c.acc; c.log("neg", 0) }
func (c *Calc) log(op string, x float64) {
	c.trace = append(c.trace, fmt.Sprintf("%s(%g)=%g", op, x, c.acc))
}
func (c Calc) Value() float64 { return c.acc }

type Shape interface {
	Area() float64
	Perimeter() float64
}
type Rect struct{ W, H float64 }
type Square struct{ Rect }

func (r Rect) Area() float64      { return r.W * r.H }
func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }
func (s Square) String() string   { return fmt.Sprintf("Square(%g)", s.W) }

func main() {
	c := &Calc{}
	ops := map[string]func(float64){
		"add": c.Add,
		"mul": c.Mul,
		"neg": c.Neg,
	}
	prog := "add 3;mul 4;neg 0;add 2.5;mul -2"
	for _, stmt := range strings.Split(prog, ";") {
		var name string
		var arg float64
		fmt.Sscanf(stmt, "%s %g", &name, &arg)
		ops[name](arg)
	}
	fmt.Println(c.Value(), c.trace)

	// method expressions stored in a slice
	exprs := []func(*Calc, float64){(*Calc).Add, (*Calc).Mul}
	c2 := &Calc{acc: 1}
	for i, f := range exprs {
		f(c2, float64(i+2))
	}
	val := Calc.Value
	pval := (*Calc).Value
	fmt.Println(val(*c2), pval(c2), len(c2.trace))

	// method value bound to a copy at evaluation time
	r := Rect{2, 3}
	area := r.Area
	r.W = 100
	fmt.Println(area(), r.Area())

	// method values from interfaces and promoted methods
	shapes := []Shape{Rect{1, 2}, Square{Rect{3, 3}}, &Rect{4, 5}}
	var fns []func() float64
	for _, s := range shapes {
		fns = append(fns, s.Area, s.Perimeter)
	}
	for i, f := range fns {
		fmt.Print(f(), " ")
		if i%2 == 1 {
			fmt.Println()
		}
	}
	sq := Square{Rect{7, 7}}
	perim := Square.Perimeter
	str := Square.String
	fmt.Println(perim(sq), str(sq), fmt.Sprint(sq))

	byName := map[string]func(Rect) float64{"area": Rect.Area, "perim": Rect.Perimeter}
	keys := make([]string, 0)
	for k := range byName {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%s=%g ", k, byName[k](Rect{2, 5}))
	}
	fmt.Println()
	fmt.Printf("%T | %T | %T\n", Rect.Area, (*Rect).Area, sq.Area)
}
