package main

import (
	"fmt"
	"reflect"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Square struct{ s float64 }

func (q Square) Area() float64      { return q.s * q.s }
func (q Square) Perimeter() float64 { return 4 * q.s }

func main() {
	a := reflect.TypeFor[Shape]()
	b := reflect.TypeOf((*Shape)(nil)).Elem()
	fmt.Println(a == b, a, b)
	p := reflect.TypeFor[*Shape]()
	fmt.Println(p, p.Kind(), p.Elem() == a, reflect.PointerTo(a) == p)
	var s Shape = Square{2}
	fmt.Println(reflect.TypeOf(s), reflect.TypeOf(s).Implements(a))
}
