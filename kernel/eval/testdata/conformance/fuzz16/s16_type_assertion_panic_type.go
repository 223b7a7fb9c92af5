// A failed type assertion panics with a *runtime.TypeAssertionError: a
// program may recover it and look for that type (errors.As), print it with
// %T, or read its message. The notebook's panic had Go's message in a type
// of its own (*interp.typeAssertionError), for assertions to concrete and
// interface types, of nil and non-nil values, of notebook types.
package main

import (
	"errors"
	"fmt"
	"runtime"
)

type Celsius float64

type Shape interface{ Area() float64 }

type Square struct{ side float64 }

func (s Square) Area() float64 { return s.side * s.side }

type NotFound struct{ key string }

func (e NotFound) Error() string { return "not found: " + e.key }

func check(name string, f func()) {
	defer func() {
		r := recover()
		err, isErr := r.(error)
		var tae *runtime.TypeAssertionError
		var re runtime.Error
		fmt.Printf("%s: %T %v %v %v\n", name, r, isErr, errors.As(err, &tae), errors.As(err, &re))
		if isErr {
			fmt.Println("  ", err)
		}
	}()
	f()
}

func main() {
	var values = []any{Celsius(21.5), Square{2}, nil, "text", []int{1}}
	for i, v := range values {
		check(fmt.Sprint("float64 ", i), func() { fmt.Println(v.(float64)) })
		check(fmt.Sprint("Shape ", i), func() { fmt.Println(v.(Shape).Area()) })
	}
	var err error = NotFound{"k"}
	check("*NotFound", func() { fmt.Println(err.(*NotFound)) })
	check("Stringer", func() { fmt.Println(err.(fmt.Stringer)) })
	var s Shape = Square{1}
	check("Celsius", func() { fmt.Println(any(s).(Celsius)) })
}
