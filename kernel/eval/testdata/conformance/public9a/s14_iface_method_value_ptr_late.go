package main

import "fmt"

// A method value taken from an interface that holds a pointer, of a method
// with a value receiver, reads the pointed-to value when it is called (the
// interface value is bound, not a copy of *p), also when the method is
// promoted through an embedded pointer of a struct the interface holds; a
// method value taken from the pointer or the struct itself copies the
// receiver when it is evaluated.

type Shape interface{ Area() float64 }

type Rect struct{ W, H float64 }

func (r Rect) Area() float64 { return r.W * r.H }

type Square struct{ Rect }

type Framed struct{ *Rect }

func main() {
	r := &Rect{1, 1}
	var s Shape = r
	viaIface := s.Area
	viaPtr := r.Area
	r.W = 100
	fmt.Println(viaIface(), viaPtr())

	var e any = r
	asserted := e.(Shape).Area
	r.W = 5
	fmt.Println(asserted())

	q := &Square{Rect{2, 1}}
	s = q
	promoted := s.Area
	q.W = 7
	fmt.Println(promoted())

	inner := &Rect{1, 2}
	fr := Framed{inner}
	s = fr
	throughEmbeddedPtr := s.Area
	fromStruct := fr.Area
	inner.W = 4
	fmt.Println(throughEmbeddedPtr(), fromStruct())

	byValue := Shape(Rect{3, 3}).Area
	fmt.Println(byValue())
}
