package main

import (
	"errors"
	"fmt"
	"reflect"
)

type CodedError interface {
	error
	Code() int
}

type HTTPError struct{ code int }

func (e HTTPError) Error() string { return fmt.Sprintf("http %d", e.code) }
func (e HTTPError) Code() int     { return e.code }

type Plain struct{}

func (Plain) Error() string { return "plain" }

func main() {
	ce := reflect.TypeFor[CodedError]()
	errT := reflect.TypeFor[error]()
	fmt.Println(ce, ce.Kind(), ce.NumMethod())
	for i := 0; i < ce.NumMethod(); i++ {
		fmt.Println(ce.Method(i).Name, ce.Method(i).Type)
	}
	fmt.Println(ce.Implements(errT), errT.Implements(ce))
	for _, v := range []any{HTTPError{404}, Plain{}, errors.New("x"), 7} {
		t := reflect.TypeOf(v)
		fmt.Println(t, t.Implements(ce), t.Implements(errT))
	}
}
