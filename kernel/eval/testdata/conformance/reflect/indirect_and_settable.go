package main

import (
	"fmt"
	"reflect"
)

type T struct {
	A int
	b string
}

func main() {
	t := T{1, "x"}
	v := reflect.Indirect(reflect.ValueOf(&t))
	fmt.Println(v.Field(0).CanSet(), v.Field(1).CanSet(), v.Field(0).CanInterface(), v.Field(1).CanInterface())
	v.Field(0).Set(reflect.ValueOf(42))
	fmt.Println(t.A)
	fmt.Println(reflect.TypeOf(t).Field(1).IsExported(), reflect.TypeOf(t).Field(0).IsExported())
}
