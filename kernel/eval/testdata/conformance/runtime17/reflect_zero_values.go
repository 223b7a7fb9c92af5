package main

import (
	"fmt"
	"reflect"
)

type T struct{ X int }

// Zero Values met through reflect (a missing map key, a nil pointer's
// Elem, ValueOf(nil)) panic with reflect's message when used; a nil
// pointer dereferenced by the program itself is a runtime error.
func try(name string, f func()) {
	defer func() { fmt.Println(name, "->", recover()) }()
	f()
}

func main() {
	m := reflect.ValueOf(map[string]int{"a": 1})
	try("missing key", func() { m.MapIndex(reflect.ValueOf("b")).Int() })
	var p *T
	try("nil Elem", func() { reflect.ValueOf(p).Elem().Field(0) })
	try("Indirect", func() { reflect.Indirect(reflect.ValueOf(p)).NumField() })
	try("ValueOf(nil)", func() { reflect.ValueOf(nil).Type() })
	try("ptr Int", func() { reflect.ValueOf(p).Int() })
	try("deref", func() { fmt.Println(p.X) })
	fmt.Println(reflect.ValueOf(nil).IsValid(), m.MapIndex(reflect.ValueOf("b")).IsValid())
	reflect.ValueOf(p).Elem().Set(reflect.ValueOf(T{}))
}
