package main

import (
	"fmt"
	"reflect"
)

// Methods called on the zero reflect.Value panic with reflect's messages.
func try(name string, f func()) {
	defer func() { fmt.Println(name, "->", recover()) }()
	f()
}

func main() {
	var v reflect.Value
	try("Call", func() { v.Call(nil) })
	try("Int", func() { v.Int() })
	try("Len", func() { v.Len() })
	try("Elem", func() { v.Elem() })
	try("Field", func() { v.Field(0) })
	try("Interface", func() { v.Interface() })
	try("Set", func() { v.Set(reflect.ValueOf(1)) })
	try("Type", func() { v.Type() })
	try("NumMethod", func() { v.NumMethod() })
	try("MapKeys", func() { v.MapKeys() })
	fmt.Println(v.IsValid(), v.Kind(), v.String(), v.CanSet())
	var p *int
	try("Elem nil ptr", func() { reflect.ValueOf(p).Elem().Int() })
	v.Call(nil)
}
