package main

import (
	"fmt"
	"reflect"
)

// The reflect.Type of a struct field of a func type over an interface type
// declared in the program, in an any: fmt would print the interpreter's
// layout of the field (func(interp.valueInterface) float64); the
// conversion to the any panics with a clear error instead.
type Shape interface{ Area() float64 }

type H struct {
	f func(Shape) float64
	n int
}

func main() {
	t := reflect.TypeOf(H{}).Field(0).Type
	fmt.Println(t.Kind(), t.NumIn())
	var x any = t
	fmt.Println(x)
}
