package main

import (
	"fmt"
	"reflect"
)

// String of the reflect.Type of a struct field of type map[string]Shape
// (Shape an interface type declared in the program), and fmt of the
// StructField: Go names main.Shape; a cell fails clearly rather than
// name interp.valueInterface.
type Shape interface{ Area() float64 }

type Registry struct {
	ByName map[string]Shape
	Count  int
}

func main() {
	t := reflect.TypeOf(Registry{})
	f, _ := t.FieldByName("ByName")
	fmt.Println(f.Name, f.Type.Kind())
	fmt.Println(f.Type.String() == "map[string]main.Shape")
	fmt.Printf("%v\n", f)
}
