package main

import (
	"fmt"
	"reflect"
)

type Celsius = float64
type IntSlice = []int
type Named []int
type StrMap = map[string]int
type PtrAlias = *int

func sum(xs []int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func main() {
	var c Celsius = 21.5
	var f float64 = c
	fmt.Printf("%T %v\n", c, f)
	s := IntSlice{1, 2, 3}
	fmt.Println(sum(s))
	n := Named{4, 5}
	fmt.Println(sum(n)) // unnamed []int parameter, Named value: assignable
	var back Named = s  // []int to Named: assignable (one side unnamed)
	fmt.Printf("%T %T\n", s, back)
	m := StrMap{"a": 1}
	var m2 map[string]int = m
	fmt.Printf("%T %d\n", m2, len(m2))
	x := 5
	var p PtrAlias = &x
	fmt.Println(*p, reflect.TypeOf(p) == reflect.TypeOf(&x))
	var anyv any = c
	switch anyv.(type) {
	case float64:
		fmt.Println("float64")
	default:
		fmt.Println("other")
	}
	_, ok := anyv.(Celsius)
	fmt.Println(ok)
}
