package main

import (
	"fmt"
	"io"
	"os"
	"reflect"
)

type MyInt int

type T struct {
	A int
	B string
}

func main() {
	var x float64 = 3.4
	fmt.Println("type:", reflect.TypeOf(x))
	v := reflect.ValueOf(x)
	fmt.Println("value:", v.String())
	fmt.Println("type:", v.Type())
	fmt.Println("kind is float64:", v.Kind() == reflect.Float64)
	fmt.Println("value:", v.Float())

	var y uint8 = 'x'
	vy := reflect.ValueOf(y)
	fmt.Println("type:", vy.Type())
	fmt.Println("kind is uint8: ", vy.Kind() == reflect.Uint8)
	y = uint8(vy.Uint())

	var mi MyInt = 7
	vm := reflect.ValueOf(mi)
	fmt.Println(vm.Kind(), vm.Int())

	yv := v.Interface().(float64)
	fmt.Println(yv)
	fmt.Println(v.Interface())
	fmt.Printf("value is %7.1e\n", v.Interface())

	fmt.Println("settability of v:", v.CanSet())
	p := reflect.ValueOf(&x)
	fmt.Println("type of p:", p.Type())
	fmt.Println("settability of p:", p.CanSet())
	e := p.Elem()
	fmt.Println("settability of e:", e.CanSet())
	e.SetFloat(7.1)
	fmt.Println(e.Interface())
	fmt.Println(x)

	t := T{23, "skidoo"}
	s := reflect.ValueOf(&t).Elem()
	typeOfT := s.Type()
	for i := 0; i < s.NumField(); i++ {
		f := s.Field(i)
		fmt.Printf("%d: %s %s = %v\n", i, typeOfT.Field(i).Name, f.Type(), f.Interface())
	}
	s.Field(0).SetInt(77)
	s.Field(1).SetString("Sunset Strip")
	fmt.Println("t is now", t)

	tty, err := os.CreateTemp("", "laws")
	if err != nil {
		panic(err)
	}
	defer os.Remove(tty.Name())
	var r io.Reader = tty
	var w io.Writer
	w = r.(io.Writer)
	fmt.Println(reflect.TypeOf(w))
	var empty interface{}
	empty = w
	fmt.Println(reflect.TypeOf(empty))
}
