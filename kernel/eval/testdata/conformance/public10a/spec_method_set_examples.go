package main

import "fmt"

type Point struct{ x, y float64 }

func (p *Point) Scale(factor float64) {
	p.x *= factor
	p.y *= factor
}

func (p Point) Length() float64 { return p.x*p.x + p.y*p.y }

type Scaler interface{ Scale(float64) }
type Lengther interface{ Length() float64 }

func main() {
	p := Point{3, 4}
	p.Scale(2) // (&p).Scale(2)
	fmt.Println(p, p.Length())
	pp := &p
	fmt.Println(pp.Length()) // (*pp).Length()
	var s Scaler = pp
	s.Scale(0.5)
	fmt.Println(p)
	var l Lengther = p
	var lp Lengther = pp
	p.x = 0
	fmt.Println(l.Length(), lp.Length())
	_, ok := interface{}(p).(Scaler)
	fmt.Println(ok)
	type PointAlias = Point
	var pa PointAlias = p
	pa.Scale(3)
	fmt.Println(pa)
	type Other Point // a defined type gets the fields, not the methods
	o := Other(p)
	_, okL := interface{}(o).(Lengther)
	fmt.Println(o, okL)
}
