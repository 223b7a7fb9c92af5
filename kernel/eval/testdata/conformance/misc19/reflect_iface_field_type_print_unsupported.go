package main

import (
	"fmt"
	"reflect"
)

// fmt of the reflect.Type of a struct field of type []Shape (Shape an
// interface type declared in the program): Go prints []main.Shape. A
// cell cannot name that type (the field's runtime type is made of the
// interpreter's valueInterface) and fails clearly rather than print
// []interp.valueInterface.
type Shape interface{ Area() float64 }

type Scene struct {
	Name   string
	Shapes []Shape
}

func main() {
	t := reflect.TypeOf(Scene{})
	fmt.Println(t.Field(0).Type)
	fmt.Println(t.Field(1).Name, t.Field(1).Type.Kind())
	fmt.Println(t.Field(1).Type)
}
