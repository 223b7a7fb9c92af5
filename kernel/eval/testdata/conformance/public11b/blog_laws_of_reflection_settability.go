package main

import (
	"bytes"
	"fmt"
	"io"
	"reflect"
)

type MyInt int

type T struct {
	A int
	B string
	c bool
}

func main() {
	var x float64 = 3.4
	v := reflect.ValueOf(x)
	fmt.Println("type:", v.Type())
	fmt.Println("kind is float64:", v.Kind() == reflect.Float64)
	fmt.Println("value:", v.Float())
	fmt.Println("settability of v:", v.CanSet())

	var y uint8 = 'x'
	vy := reflect.ValueOf(y)
	fmt.Println("type:", vy.Type(), "kind is uint8:", vy.Kind() == reflect.Uint8)
	y = uint8(vy.Uint())

	var mi MyInt = 7
	vm := reflect.ValueOf(mi)
	fmt.Println(vm.Type(), vm.Kind(), vm.Int())

	p := reflect.ValueOf(&x)
	fmt.Println("type of p:", p.Type(), "settability of p:", p.CanSet())
	e := p.Elem()
	fmt.Println("settability of e:", e.CanSet())
	e.SetFloat(7.1)
	fmt.Println(e.Interface(), x)
	fmt.Printf("value is %7.1e\n", e.Interface())

	t := T{23, "skidoo", true}
	s := reflect.ValueOf(&t).Elem()
	typeOfT := s.Type()
	for i := 0; i < s.NumField(); i++ {
		f := s.Field(i)
		if !typeOfT.Field(i).IsExported() {
			fmt.Printf("%d: %s %s (unexported) settable=%v\n", i, typeOfT.Field(i).Name, f.Type(), f.CanSet())
			continue
		}
		fmt.Printf("%d: %s %s = %v\n", i, typeOfT.Field(i).Name, f.Type(), f.Interface())
	}
	s.Field(0).SetInt(77)
	s.Field(1).SetString("Sunset Strip")
	fmt.Println("t is now", t)

	var r io.Reader = new(bytes.Buffer)
	var w io.Writer
	w = r.(io.Writer)
	var empty any = w
	fmt.Println(reflect.TypeOf(empty), reflect.TypeOf(r).Implements(reflect.TypeOf((*io.Writer)(nil)).Elem()))
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		v.SetFloat(1)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		s.Field(2).SetBool(false)
	}()
}
