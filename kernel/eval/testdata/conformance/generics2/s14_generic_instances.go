package main

import (
	"fmt"
	"reflect"
)

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

type List[T any] []T

type MyInt int

func kind(x any) string {
	switch x.(type) {
	case Pair[string, int]:
		return "Pair[string,int]"
	case Pair[string, MyInt]:
		return "Pair[string,MyInt]"
	case Pair[string, any]:
		return "Pair[string,any]"
	case List[int]:
		return "List[int]"
	case []int:
		return "[]int"
	}
	return "other"
}

func main() {
	a := Pair[string, int]{"a", 1}
	b := Pair[string, MyInt]{"b", 2}
	c := Pair[string, interface{}]{"c", 3}
	fmt.Println(kind(a), kind(b), kind(c), kind(List[int]{1}), kind([]int{1}), kind(List[MyInt]{}))
	fmt.Println(reflect.TypeOf(a) == reflect.TypeOf(b))
	fmt.Printf("%T|%T|%T\n", a, b, c)
	var l List[int] = []int{1, 2}
	var s []int = l
	fmt.Println(len(s), reflect.TypeOf(l) == reflect.TypeOf(s))
	m := map[any]string{}
	m[a] = "x"
	m[Pair[string, int]{"a", 1}] = "y"
	m[Pair[string, MyInt]{"a", 1}] = "z"
	fmt.Println(len(m))
}
