package main

import (
	"errors"
	"fmt"
	"reflect"
)

type Box[T any] struct{ v T }

type local float64

func before() {
	type a int
	type b int
	fmt.Printf("%T %T\n", Box[a]{}, Box[b]{})
}

// main's local types are numbered after those of the funcs declared
// before it, before those of the funcs after it. (main declares a type of
// a package-level type's name, which a notebook cell's top level cannot:
// split mode does not apply.)
func main() {
	before()
	fmt.Printf("%T\n", Box[local]{})
	type local bool
	fmt.Printf("%T %T\n", Box[local]{}, local(true))
	after()
	type last int
	fmt.Println(reflect.TypeOf(Box[last]{}))
	defer func() {
		r := recover()
		var e interface{ RuntimeError() }
		fmt.Println(errors.As(r.(error), &e), r)
	}()
	var x any = Box[last]{}
	_ = x.(Box[local])
}

func after() {
	type c int
	fmt.Printf("%T\n", Box[c]{})
}
