package main

// reflect.TypeOf of func literals, declared funcs and func variables
// whose signatures name types of the program, given directly or through
// an any parameter, and a reflect call of one with a value of such a type.

import (
	"fmt"
	"reflect"
)

type UC struct{ Name string }

type Tick int

func Sub(fn any) reflect.Type { return reflect.TypeOf(fn) }

func handle(e UC) error { return nil }

func main() {
	fmt.Println(Sub(func(e UC) {}))
	var f any = func(e UC) {}
	fmt.Println(reflect.TypeOf(f))
	fmt.Println(reflect.TypeOf(func(e UC) {}))
	fmt.Println(reflect.TypeOf(handle), Sub(handle))
	g := func(t Tick) Tick { return t + 1 }
	fmt.Println(reflect.TypeOf(g), Sub(g))
	out := reflect.ValueOf(g).Call([]reflect.Value{reflect.ValueOf(Tick(4))})
	fmt.Println(out[0].Interface(), out[0].Type())
	h := reflect.ValueOf(f)
	h.Call([]reflect.Value{reflect.ValueOf(UC{"x"})})
	fmt.Println(reflect.TypeOf(f).In(0) == reflect.TypeOf(UC{}))
}
