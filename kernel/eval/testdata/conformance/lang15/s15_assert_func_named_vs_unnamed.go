package main

import (
	"fmt"
	"reflect"
)

type F func(int) int
type Pred func(string) bool

func apply(v any, x int) int {
	if f, ok := v.(F); ok {
		return f(x) * 10
	}
	if f, ok := v.(func(int) int); ok {
		return f(x)
	}
	return -1
}

func main() {
	var f F = func(v int) int { return v + 1 }
	g := func(v int) int { return v + 2 }
	_, ok := any(f).(F)
	fmt.Println("F as F", ok)
	_, ok = any(f).(func(int) int)
	fmt.Println("F as func", ok)
	_, ok = any(g).(F)
	fmt.Println("func as F", ok)
	_, ok = any(F(g)).(F)
	fmt.Println("F(g) as F", ok)
	_, ok = any(F(nil)).(func(int) int)
	fmt.Println("nil F as func", ok)
	fmt.Println(apply(f, 1), apply(g, 1), apply(F(g), 1), apply("x", 1))
	fmt.Println(any(f).(F)(5))
	fmt.Printf("%T %T\n", any(f), any(g))
	fmt.Println(reflect.TypeOf(any(f)).String(), reflect.TypeOf(any(f)).Kind())
	var p Pred = func(s string) bool { return s != "" }
	switch v := any(p).(type) {
	case func(string) bool:
		fmt.Println("plain", v("a"))
	case Pred:
		fmt.Println("Pred", v("a"))
	}
}
