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

func try(f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("panic:", r)
		}
	}()
	f()
}

func main() {
	var x float64 = 3.4
	fmt.Println("type:", reflect.TypeOf(x))
	v := reflect.ValueOf(x)
	fmt.Println("type:", v.Type())
	fmt.Println("kind is float64:", v.Kind() == reflect.Float64)
	fmt.Println("value:", v.Float())
	var u uint8 = 'x'
	uv := reflect.ValueOf(u)
	fmt.Println("type:", uv.Type())
	fmt.Println("kind is uint8: ", uv.Kind() == reflect.Uint8)
	u = uint8(uv.Uint())
	var mi MyInt = 7
	mv := reflect.ValueOf(mi)
	fmt.Println(mv.Kind(), mv.Type(), mv.Int())
	y := v.Interface().(float64)
	fmt.Println(y)
	fmt.Println(v.Interface())
	fmt.Printf("value is %7.1e\n", v.Interface())
	try(func() { v.SetFloat(7.1) })
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
	var r io.Reader
	tty, err := os.Open("/dev/null")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer tty.Close()
	r = tty
	var w io.Writer
	w = r.(io.Writer)
	fmt.Println(reflect.TypeOf(w), w != nil)
	var empty any
	empty = w
	fmt.Println(reflect.TypeOf(empty))
	try(func() { reflect.ValueOf(t).Field(0).SetInt(1) })
	try(func() { reflect.ValueOf(&t).Elem().FieldByName("B").SetInt(1) })
	try(func() { fmt.Println(reflect.ValueOf(x).Int()) })
	try(func() { var np *T; fmt.Println(reflect.ValueOf(np).Elem().Field(0)) })
	fmt.Println(reflect.ValueOf(nil).IsValid(), reflect.ValueOf((*T)(nil)).IsNil())
}
