package main

// More bool-typed conditions: fields of compiled and embedded structs,
// generic calls and methods, func values, captured variables, assertions
// to struct types and chained assertions, reflect results, defined bools.

import (
	"fmt"
	"reflect"
	"strings"
)

type In struct{ ok bool }
type Out struct {
	In
	arr [2]In
}

func gen[T comparable](a, b T) bool { return a == b }

type G[T any] struct{ v T }

func (g G[T]) Is() bool { return false }

func main() {
	var sf reflect.StructField
	if sf.Anonymous {
		fmt.Println("1 T")
	} else {
		fmt.Println("1 F")
	}
	var o Out
	if o.ok || o.arr[1].ok || o.In.ok {
		fmt.Println("2 T")
	} else {
		fmt.Println("2 F")
	}
	if gen(1, 2) {
		fmt.Println("3 T")
	} else {
		fmt.Println("3 F")
	}
	if (G[int]{}).Is() {
		fmt.Println("4 T")
	} else {
		fmt.Println("4 F")
	}
	if *new(bool) {
		fmt.Println("5 T")
	} else {
		fmt.Println("5 F")
	}
	if any(false).(bool) {
		fmt.Println("6 T")
	} else {
		fmt.Println("6 F")
	}
	mm := map[string][]bool{"a": {false}}
	if mm["a"][0] {
		fmt.Println("7 T")
	} else {
		fmt.Println("7 F")
	}
	var x any = false
	if v, _ := x.(bool); v {
		fmt.Println("8 T")
	} else {
		fmt.Println("8 F")
	}
	hp := strings.HasPrefix
	if hp("a", "b") {
		fmt.Println("9 T")
	} else {
		fmt.Println("9 F")
	}
	var fv func() bool = func() bool { return false }
	if fv() {
		fmt.Println("10 T")
	} else {
		fmt.Println("10 F")
	}
	captured := false
	func() {
		if captured {
			fmt.Println("11 T")
		} else {
			fmt.Println("11 F")
		}
	}()
	var iv any = In{}
	if iv.(In).ok {
		fmt.Println("12 T")
	} else {
		fmt.Println("12 F")
	}
	var ip any = &In{}
	if ip.(*In).ok {
		fmt.Println("13 T")
	} else {
		fmt.Println("13 F")
	}
	cnt := 0
	for i := 0; i < 3 && !x.(bool); i++ {
		cnt++
	}
	fmt.Println("14", cnt)
	var bb any = []any{false}
	if bb.([]any)[0].(bool) {
		fmt.Println("15 T")
	} else {
		fmt.Println("15 F")
	}
	r := reflect.ValueOf(false)
	if r.Bool() {
		fmt.Println("16 T")
	} else {
		fmt.Println("16 F")
	}
	if r.Interface().(bool) {
		fmt.Println("17 T")
	} else {
		fmt.Println("17 F")
	}
	type BB bool
	var bv BB
	if bool(bv) {
		fmt.Println("18 T")
	} else {
		fmt.Println("18 F")
	}
	if bv {
		fmt.Println("19 T")
	} else {
		fmt.Println("19 F")
	}
}
