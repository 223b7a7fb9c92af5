package main

import (
	"errors"
	"fmt"
	"reflect"
)

// The runtime name of a generic type instantiated with any writes it
// interface {}, in %T, %#v, reflect and run-time panics.

type Box[T any] struct{ V T }

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func main() {
	var a any = Pair[int, any]{1, nil}
	fmt.Printf("%T\n", a)
	fmt.Printf("%T\n", Pair[string, interface{}]{})
	fmt.Printf("%T\n", Pair[any, []any]{})
	fmt.Printf("%T\n", &Box[map[string]any]{})
	fmt.Printf("%T\n", Box[func(any) error]{})
	fmt.Printf("%T\n", []Box[any]{})
	fmt.Printf("%#v\n", Box[any]{1})
	fmt.Println(reflect.TypeOf(Box[any]{}).Name(), reflect.TypeOf(Box[any]{}))
	fmt.Printf("%T\n", Box[error]{errors.New("x")})
	defer func() { fmt.Println(recover()) }()
	_ = a.(Box[any])
}
