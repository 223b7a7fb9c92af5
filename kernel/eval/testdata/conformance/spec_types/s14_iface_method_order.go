package main

import (
	"fmt"
	"reflect"
)

type AB interface {
	A() int
	B() string
}

type BA interface {
	B() string
	A() int
}

type impl struct{}

func (impl) A() int    { return 1 }
func (impl) B() string { return "b" }

func main() {
	var x AB = impl{}
	var y BA = x // identical method sets: assignable both ways
	x = y
	fmt.Println(x.A(), y.B())
	var p *AB = &x
	fmt.Println((*p).A())
	fmt.Println(reflect.TypeOf((*AB)(nil)).Elem().NumMethod(), reflect.TypeOf((*BA)(nil)).Elem().NumMethod())
	var anon interface {
		B() string
		A() int
	} = x
	fmt.Println(anon.B())
}
