package main

import (
	"fmt"
	"reflect"
)

func main() {
	v := reflect.ValueOf(42)
	n, ok := reflect.TypeAssert[int](v)
	fmt.Println(n, ok)
	_, ok = reflect.TypeAssert[string](v)
	fmt.Println(ok)
	var s fmt.Stringer
	_, ok = reflect.TypeAssert[fmt.Stringer](reflect.ValueOf(&s).Elem())
	fmt.Println(ok)
}
