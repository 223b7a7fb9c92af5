package main

import (
	"fmt"
	"reflect"
)

// A func read from a struct field whose type is a func type over an
// interface type declared in the program, stored in an any: %T and
// reflect.TypeOf name the func type as gc does (func(main.Shape) float64),
// and so does reflect.TypeOf of such a field's func (an any holding it).
type Shape interface{ Area() float64 }

type Sq struct{ s float64 }

func (q Sq) Area() float64 { return q.s * q.s }

type P struct{ x int }

type H struct {
	f func(Shape) float64
	g func(Shape) Shape
	h func([]Shape) map[string]Shape
	p func(P) *P
	v func(...Shape) int
}

func area(s Shape) float64 { return s.Area() }

func same(s Shape) Shape { return s }

func count(ss ...Shape) int { return len(ss) }

func main() {
	h := H{f: area, g: same, h: func(ss []Shape) map[string]Shape { return map[string]Shape{"a": ss[0]} }, p: func(p P) *P { return &p }, v: count}
	var a any = h.f
	fmt.Printf("%T\n", a)
	fmt.Println(reflect.TypeOf(a))
	var b any = h.g
	fmt.Printf("%T %v\n", b, reflect.TypeOf(b))
	var c any = h.h
	fmt.Printf("%T %v\n", c, reflect.TypeOf(c))
	var d any = h.p
	fmt.Printf("%T %v\n", d, reflect.TypeOf(d))
	var e any = h.v
	fmt.Printf("%T %v\n", e, reflect.TypeOf(e))
	xs := []any{h.f, h.g, h.h, h.p}
	for _, x := range xs {
		fmt.Printf("%T|", x)
	}
	fmt.Println()
	m := map[string]any{"f": h.f}
	fmt.Printf("%T\n", m["f"])
	fmt.Println(a.(func(Shape) float64)(Sq{3}))
	fmt.Println(b.(func(Shape) Shape)(Sq{2}).Area())
	fmt.Println(c.(func([]Shape) map[string]Shape)([]Shape{Sq{1}})["a"].Area())
	fmt.Println(d.(func(P) *P)(P{4}).x, e.(func(...Shape) int)(Sq{1}, Sq{2}))
	_, ok := a.(func(Sq) float64)
	fmt.Println(ok)
	ptr := &h
	var g any = ptr.f
	fmt.Printf("%T\n", g)
	fmt.Println(fmt.Sprintf("%T", h.f) == fmt.Sprintf("%T", a))
	var y any = reflect.TypeOf(h.f)
	fmt.Println(y, reflect.TypeOf(h.f).In(0))
	var z any = reflect.TypeOf(func(Shape) float64 { return 0 })
	fmt.Printf("%v %s\n", z, z)
	out := reflect.ValueOf(e).Call([]reflect.Value{reflect.ValueOf(Sq{1}), reflect.ValueOf(Sq{2})})
	fmt.Println(out[0].Int(), reflect.ValueOf(count).Type())
	var fn func([]Shape) int
	var w any = fn
	fmt.Printf("%T %v %v\n", w, reflect.TypeOf(w), w == nil)
}
