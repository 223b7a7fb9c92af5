package main

import (
	"errors"
	"fmt"
	"strconv"
)

type Result[T any] struct {
	Val T
	Err error
}

func Try[T any](v T, err error) Result[T] { return Result[T]{v, err} }

func (r Result[T]) OrElse(d T) T {
	if r.Err != nil {
		return d
	}
	return r.Val
}

func (r Result[T]) String() string {
	if r.Err != nil {
		return "Err(" + r.Err.Error() + ")"
	}
	return fmt.Sprintf("Ok(%v)", r.Val)
}

type Optional[T any] struct {
	v     T
	valid bool
}

func Some[T any](v T) Optional[T] { return Optional[T]{v, true} }
func None[T any]() Optional[T]    { return Optional[T]{} }

func (o Optional[T]) Get() (T, bool) { return o.v, o.valid }

func main() {
	r1 := Try(strconv.Atoi("42"))
	r2 := Try(strconv.Atoi("x"))
	fmt.Println(r1, r2.OrElse(-1))
	fmt.Println(r2.Err != nil, errors.Is(r2.Err, strconv.ErrSyntax))
	rs := []Result[int]{r1, r2}
	fmt.Println(rs)
	o := Some("hi")
	v, ok := o.Get()
	fmt.Println(v, ok)
	n := None[float64]()
	fv, ok := n.Get()
	fmt.Println(fv, ok)
	fmt.Printf("%v %+v\n", o, n)
}
