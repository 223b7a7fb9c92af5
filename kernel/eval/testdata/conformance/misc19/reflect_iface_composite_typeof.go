package main

import (
	"fmt"
	"reflect"
)

// %T and reflect.TypeOf of values of composite types made of an interface
// type declared in the program ([]Shape, map[string]Shape, [3]Shape,
// chan Shape, func(Shape) Shape): struct fields, variables, an any
// holding them, nil and not.
type Shape interface{ Area() float64 }

type Sq struct{ s float64 }

func (q Sq) Area() float64 { return q.s * q.s }

type Scene struct {
	Shapes []Shape
	ByName map[string]Shape
	Three  [3]Shape
	Ch     chan Shape
	Fn     func(Shape) Shape
	One    Shape
	P      *Shape
}

func grow(s Shape) Shape { return Sq{s.Area()} }

func main() {
	sc := Scene{}
	fmt.Printf("%T|%T|%T|%T|%T|%T|%T\n", sc.Shapes, sc.ByName, sc.Three, sc.Ch, sc.Fn, sc.One, sc.P)
	fmt.Println(reflect.TypeOf(sc.Shapes), reflect.TypeOf(sc.ByName), reflect.TypeOf(sc.Three))
	fmt.Println(reflect.TypeOf(sc.Ch), reflect.TypeOf(sc.Fn), reflect.TypeOf(sc.P))
	sc = Scene{
		Shapes: []Shape{Sq{1}},
		ByName: map[string]Shape{"a": Sq{2}},
		Three:  [3]Shape{Sq{3}},
		Ch:     make(chan Shape, 1),
		Fn:     grow,
		One:    Sq{4},
	}
	fmt.Printf("%T|%T|%T|%T|%T|%T|%T\n", sc.Shapes, sc.ByName, sc.Three, sc.Ch, sc.Fn, sc.One, sc.P)
	fmt.Println(reflect.TypeOf(sc.Shapes), reflect.TypeOf(sc.ByName), reflect.TypeOf(sc.Three))
	fmt.Println(reflect.TypeOf(sc.Ch), reflect.TypeOf(sc.Fn), reflect.TypeOf(sc.One))
	fn := sc.Fn
	fmt.Printf("%T %v\n", fn, reflect.TypeOf(fn))
	fmt.Println(fn(Sq{3}).Area())
	var g func(Shape) Shape = grow
	var xs []any = []any{sc.Shapes, sc.ByName, sc.Three, sc.Ch, g}
	for _, x := range xs {
		fmt.Printf("%T %v\n", x, reflect.TypeOf(x))
	}
	local := []Shape{Sq{5}}
	var m map[Shape]int
	fmt.Println(reflect.TypeOf(local), reflect.TypeOf(m), reflect.TypeOf(local).Elem().Kind())
	fmt.Println(reflect.TypeOf(local).Kind(), reflect.TypeOf(sc.Fn).NumIn(), reflect.TypeOf(sc.Fn).In(0))
	fmt.Println(reflect.TypeOf(sc.Three).Len(), reflect.TypeOf(sc.ByName).Key())
}
