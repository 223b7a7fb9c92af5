package main

import (
	"fmt"
	"reflect"
)

type Shape interface{ Area() float64 }

type Sq struct{ S float64 }

func (s Sq) Area() float64 { return s.S * s.S }

type Thing struct{}

func main() {
	it := reflect.TypeFor[Shape]()
	fmt.Println(it, it.Kind(), it.NumMethod())
	fmt.Println(reflect.TypeOf(Sq{}).Implements(it), reflect.TypeOf(Thing{}).Implements(it))
	var sp *Shape
	fmt.Println(reflect.TypeOf(sp).Elem() == it)
	fmt.Println(reflect.TypeOf(Sq{}).Method(0).Name)
}
