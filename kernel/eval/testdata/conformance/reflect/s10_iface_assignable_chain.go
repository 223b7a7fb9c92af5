package main

import (
	"fmt"
	"reflect"
)

type Base interface{ ID() int }

type Mid interface {
	Base
	Label() string
}

type Top interface {
	Mid
	Weight() float64
}

type item struct{}

func (item) ID() int         { return 1 }
func (item) Label() string   { return "i" }
func (item) Weight() float64 { return 2.5 }

func main() {
	types := []reflect.Type{reflect.TypeFor[Base](), reflect.TypeFor[Mid](), reflect.TypeFor[Top]()}
	for _, a := range types {
		for _, b := range types {
			fmt.Printf("%s->%s %v %v  ", a.Name(), b.Name(), a.AssignableTo(b), a.Implements(b))
		}
		fmt.Println()
	}
	it := reflect.TypeOf(item{})
	for _, t := range types {
		fmt.Println(t, t.NumMethod(), it.Implements(t))
	}
}
