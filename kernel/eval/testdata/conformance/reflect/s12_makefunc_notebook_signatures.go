package main

// reflect.MakeFunc of the types of funcs whose signatures name the
// program's types (a struct, an interface), asserted back and called, set
// through a pointer, and held by an any.

import (
	"fmt"
	"reflect"
	"strings"
)

type Ev struct{ Name string }

type Shape interface{ Area() int }

type Sq int

func (s Sq) Area() int { return int(s * s) }

func main() {
	var proto func(Ev) string
	ft := reflect.TypeOf(proto)
	fn := reflect.MakeFunc(ft, func(in []reflect.Value) []reflect.Value {
		e := in[0].Interface().(Ev)
		return []reflect.Value{reflect.ValueOf(strings.ToUpper(e.Name))}
	})
	f := fn.Interface().(func(Ev) string)
	fmt.Println(ft, f(Ev{"abc"}))
	reflect.ValueOf(&proto).Elem().Set(fn)
	fmt.Println(proto(Ev{"set"}))

	var area func(Shape) int
	at := reflect.TypeOf(area)
	fmt.Println(at, at.In(0).Kind())
	af := reflect.MakeFunc(at, func(in []reflect.Value) []reflect.Value {
		s := in[0].Interface().(Shape)
		return []reflect.Value{reflect.ValueOf(s.Area() + 1)}
	})
	g := af.Interface().(func(Shape) int)
	fmt.Println(g(Sq(3)))
	var asAny any = g
	if h, ok := asAny.(func(Shape) int); ok {
		fmt.Println(h(Sq(4)))
	}
}
