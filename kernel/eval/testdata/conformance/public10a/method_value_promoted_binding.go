package main

import "fmt"

type Shape interface{ Area() float64 }

type Sq struct{ s float64 }

func (q Sq) Area() float64 { return q.s * q.s }

type Named struct {
	Shape
	name string
}

type Inner struct{ v int }

func (i Inner) V() int  { return i.v }
func (i *Inner) P() int { return i.v }

type Outer struct{ Inner }

type OuterPtr struct{ *Inner }

func main() {
	n := Named{Sq{2}, "n"}
	area := n.Area // binds the Shape held now
	n.Shape = Sq{3}
	fmt.Println(area(), n.Area())

	o := Outer{Inner{1}}
	v := o.V // copies o.Inner now
	p := o.P // takes &o.Inner now
	o.Inner.v = 5
	fmt.Println(v(), p())

	op := OuterPtr{&Inner{7}}
	pv := op.V // *op.Inner copied now
	pp := op.P // op.Inner (the pointer) bound now
	op.Inner.v = 70
	op.Inner = &Inner{8}
	fmt.Println(pv(), pp(), op.V())
}
