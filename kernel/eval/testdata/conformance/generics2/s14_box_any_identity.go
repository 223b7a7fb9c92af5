package main

import (
	"fmt"
	"reflect"
)

type Box[T any] struct{ V T }

type A = int

func kind(x any) string {
	switch x.(type) {
	case Box[interface{}]:
		return "Box[interface{}]"
	case Box[[]interface{}]:
		return "Box[[]interface{}]"
	case Box[map[string]interface{}]:
		return "Box[map[string]interface{}]"
	case Box[func(interface{})]:
		return "Box[func(interface{})]"
	case Box[int]:
		return "Box[int]"
	}
	return "other"
}

func main() {
	var a Box[any] = Box[any]{V: 1}
	var b Box[interface{}] = a
	fmt.Printf("%T %T\n", a, b)
	fmt.Println(kind(a), kind(b))
	fmt.Println(reflect.TypeOf(a) == reflect.TypeOf(b))
	m := map[reflect.Type]int{}
	m[reflect.TypeOf(a)]++
	m[reflect.TypeOf(b)]++
	fmt.Println(len(m))
	var any1 any = a
	_, ok := any1.(Box[interface{}])
	fmt.Println(ok)

	s := Box[[]any]{V: []any{1}}
	var s2 Box[[]interface{}] = s
	fmt.Printf("%T %T %s\n", s, s2, kind(s))
	mm := Box[map[string]any]{}
	var mm2 Box[map[string]interface{}] = mm
	fmt.Printf("%T %T %s\n", mm, mm2, kind(mm))
	f := Box[func(any)]{}
	var f2 Box[func(interface{})] = f
	fmt.Printf("%T %T %s\n", f, f2, kind(f))
	var al Box[A] = Box[int]{V: 3}
	fmt.Printf("%T %s\n", al, kind(al))
	fmt.Println(reflect.TypeOf(al) == reflect.TypeOf(Box[int]{}))
	fmt.Println(any(a) == any(b))
}
