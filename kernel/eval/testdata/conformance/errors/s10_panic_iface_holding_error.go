package main

import (
	"errors"
	"fmt"
)

type Both struct{ n int }

func (b Both) Error() string  { return fmt.Sprintf("error %d", b.n) }
func (b Both) String() string { return fmt.Sprintf("string %d", b.n) }

type ErrStringer interface {
	error
	fmt.Stringer
}

func try(f func()) {
	defer func() {
		r := recover()
		e, isErr := r.(error)
		b, isBoth := r.(Both)
		fmt.Printf("%T %v %v %v %v %v\n", r, r, isErr, e, isBoth, b.n)
		fmt.Println(errors.Is(e, Both{1}), []any{r}, []error{e})
	}()
	f()
}

func main() {
	var x ErrStringer = Both{1}
	try(func() { panic(x) })
	var s fmt.Stringer = Both{1}
	try(func() { panic(s) })
	try(func() { panic(any(Both{1})) })
	try(func() { panic(Both{1}) })
}
