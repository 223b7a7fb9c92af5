package main

import (
	"fmt"
	"reflect"
)

type Any interface{}

type Value = interface{}

type Marker interface{ marker() }

type T struct{}

func (T) marker() {}

func main() {
	a := reflect.TypeOf((*Any)(nil)).Elem()
	fmt.Println(a.Kind(), a.NumMethod(), reflect.TypeOf(3).Implements(a), a, a.Name())
	fmt.Println(reflect.TypeFor[Any]() == a, reflect.TypeFor[*Any]())
	v := reflect.TypeOf((*Value)(nil)).Elem()
	fmt.Println(v.Kind(), v.NumMethod(), v.String())
	m := reflect.TypeFor[Marker]()
	fmt.Println(m.Kind(), m.NumMethod(), m.Method(0).Name, m.Method(0).PkgPath)
	fmt.Println(reflect.TypeOf(T{}).Implements(m), reflect.TypeOf(&T{}).Implements(m), reflect.TypeOf(0).Implements(m))
}
