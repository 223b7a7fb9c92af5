package main

// A generic type declared in a function body: two functions that each
// declare a Pair[K, V] have two generic types, whose instances of the same
// type arguments are different types. reflect names both main.Pair[...].

import (
	"fmt"
	"reflect"
)

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func fromLeft() any {
	type Pair[K comparable, V any] struct {
		Key K
		Val V
	}
	return Pair[string, int]{"a", 1}
}

func fromRight() any {
	type Pair[K comparable, V any] struct {
		Key K
		Val V
	}
	return Pair[string, int]{"a", 1}
}

func counter() any {
	type Count[T any] int
	return Count[string](2)
}

func main() {
	l, r, g := fromLeft(), fromRight(), any(Pair[string, int]{"a", 1})
	fmt.Println(l == r, l == g, l == fromLeft(), counter() == counter())
	fmt.Printf("%T|%T|%T|%T\n", l, r, g, counter())
	fmt.Printf("%v %+v %v\n", l, r, counter())
	fmt.Println(reflect.TypeOf(l).String(), reflect.TypeOf(l) == reflect.TypeOf(r), reflect.TypeOf(l) == reflect.TypeOf(g))
	_, ok := l.(Pair[string, int])
	_, ok2 := g.(Pair[string, int])
	fmt.Println(ok, ok2)
}
