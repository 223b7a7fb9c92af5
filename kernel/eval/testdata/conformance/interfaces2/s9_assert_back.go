package main

import (
	"fmt"
	"strconv"
)

type S int

func (s S) String() string { return "S" + strconv.Itoa(int(s)) }

type T int

func (t T) String() string { return "T" + strconv.Itoa(int(t)) }

type Pt struct{ X, Y int }

func (p Pt) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

type Box struct{ v int }

func (b *Box) String() string { return "box" + strconv.Itoa(b.v) }

func (b *Box) Inc() { b.v++ }

func describe(x fmt.Stringer) string {
	switch v := x.(type) {
	case S:
		return "S " + strconv.Itoa(int(v)+100)
	case T:
		return "T " + strconv.Itoa(int(v)+200)
	case Pt:
		return "Pt " + strconv.Itoa(v.X+v.Y)
	case *Box:
		v.Inc()
		return "Box " + strconv.Itoa(v.v)
	default:
		return "other " + v.String()
	}
}

func main() {
	b := &Box{1}
	xs := []fmt.Stringer{S(1), T(2), Pt{3, 4}, b}
	for _, x := range xs {
		fmt.Println(describe(x), x.String(), x)
	}
	fmt.Println(b.v)
	var x fmt.Stringer = T(5)
	s, ok := x.(S)
	fmt.Println(s, ok)
	t, ok := x.(T)
	fmt.Println(t, ok, t+1)
	p, ok := xs[2].(Pt)
	fmt.Println(p.X, ok)
	bb, ok := xs[3].(*Box)
	fmt.Println(bb == b, ok)
	var a any = x
	t2, ok := a.(T)
	fmt.Println(t2, ok)
	st, ok := a.(fmt.Stringer)
	fmt.Println(st, ok)
	defer func() { fmt.Println("recovered:", recover()) }()
	_ = x.(S)
}
