package main

import (
	"fmt"
	"reflect"
)

type Box[T any] struct{ V T }

type IntBox = Box[int]
type Any = any
type Empty = interface{}
type Num = int

func kind(x any) string {
	switch x.(type) {
	case Box[int]:
		return "Box[int]"
	case Box[any]:
		return "Box[any]"
	case Box[[]Num]:
		return "Box[[]int]"
	}
	return "other"
}

func main() {
	a := IntBox{V: 1}
	var b Box[Num] = a
	c := Box[Any]{V: "x"}
	var d Box[Empty] = c
	e := Box[[]int]{}
	fmt.Println(kind(a), kind(b), kind(c), kind(d), kind(e))
	fmt.Printf("%T %T %T %T\n", a, b, c, d)
	fmt.Println(reflect.TypeOf(a) == reflect.TypeOf(b), reflect.TypeOf(c) == reflect.TypeOf(d))
	m := map[reflect.Type]string{}
	for _, v := range []any{a, b, c, d, e} {
		m[reflect.TypeOf(v)] = fmt.Sprintf("%T", v)
	}
	fmt.Println(len(m))
}
