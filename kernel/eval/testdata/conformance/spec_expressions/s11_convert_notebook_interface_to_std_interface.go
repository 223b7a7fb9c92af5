package main

import (
	"errors"
	"fmt"
)

// A value of an interface type declared in the notebook, converted to an
// interface type of the standard library (fmt.Stringer(s), error(e)), is
// the same dynamic type and value: a nil pointer held stays a non-nil
// interface (the interpreter's conversion gave a nil interface, so
// fmt.Stringer(s) == nil held and %T printed <nil>).

type Int int

func (i *Int) String() string {
	if i == nil {
		return "nil Int"
	}
	return fmt.Sprintf("Int=%d", int(*i))
}
func (i *Int) Strung() {}

type Strunger interface {
	fmt.Stringer
	Strung()
}

type codeErr struct{ code int }

func (e *codeErr) Error() string { return fmt.Sprint("code ", e.code) }
func (e *codeErr) Code() int     { return e.code }

type Coded interface {
	error
	Code() int
}

func main() {
	var p *Int
	var s Strunger = p
	st := fmt.Stringer(s)
	fmt.Printf("%T %v %v\n", st, st == nil, st.String())
	var any1 interface{} = fmt.Stringer(Strunger((*Int)(nil)))
	fmt.Printf("%T %v\n", any1, any1 == nil)

	three := Int(3)
	fmt.Println(fmt.Stringer(Strunger(&three)).String())

	var none Strunger
	fmt.Println(fmt.Stringer(none) == nil)

	var c Coded = &codeErr{7}
	err := error(c)
	var target *codeErr
	fmt.Println(err, errors.As(err, &target), target.Code())
	var nilCoded Coded = (*codeErr)(nil)
	fmt.Println(error(nilCoded) == nil)
}
