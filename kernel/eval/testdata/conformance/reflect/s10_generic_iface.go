package main

import (
	"fmt"
	"reflect"
)

type Getter[T any] interface{ Get() T }

type IntBox struct{ v int }

func (b IntBox) Get() int { return b.v }

type StrBox struct{ s string }

func (b StrBox) Get() string { return b.s }

func main() {
	gi := reflect.TypeFor[Getter[int]]()
	gs := reflect.TypeOf((*Getter[string])(nil)).Elem()
	fmt.Println(gi.Kind(), gi.NumMethod(), gi.Method(0).Name, gi.Method(0).Type)
	fmt.Println(gs.Method(0).Type, gi == gs)
	fmt.Println(reflect.TypeOf(IntBox{}).Implements(gi), reflect.TypeOf(IntBox{}).Implements(gs))
	fmt.Println(reflect.TypeOf(StrBox{}).Implements(gi), reflect.TypeOf(StrBox{}).Implements(gs))
}
