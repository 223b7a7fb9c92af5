package main

import (
	"errors"
	"fmt"
)

func main() {
	type Local struct{ n int }
	ls := []Local{{1}}
	fmt.Println(ls)
	run()
}

type Both struct{ n int }

func (b Both) Error() string  { return fmt.Sprintf("error %d", b.n) }
func (b Both) String() string { return fmt.Sprintf("string %d", b.n) }

type Ext struct {
	error
	tag string
}

func (e Ext) String() string { return "ext " + e.tag }

type ErrField struct {
	Err error
}

func (e ErrField) Error() string { return "field: " + e.Err.Error() }
func (e ErrField) Unwrap() error { return e.Err }

func run() {
	x := Ext{Both{1}, "a"}
	ss := []fmt.Stringer{x}
	es := []error{x}
	fmt.Println(ss, es, x)
	fmt.Println(errors.Is(es[0], Both{1}), errors.Unwrap(es[0]) == nil)
	var b Both
	fmt.Println(errors.As(es[0], &b))
	ef := ErrField{Ext{errors.New("base"), "b"}}
	fmt.Println(ef, []error{ef}, []fmt.Stringer{ef.Err.(fmt.Stringer)})
	var st fmt.Stringer
	fmt.Println(errors.As(ef, &st), st)
	e2 := Ext{Both{3}, "c"}
	fmt.Printf("%v %s %+v\n", []any{e2}, []error{e2}, struct{ X fmt.Stringer }{e2})
}
