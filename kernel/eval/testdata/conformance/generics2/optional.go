package main

import (
	"errors"
	"fmt"
	"strconv"
)

type Option[T any] struct {
	val T
	ok  bool
}

func Some[T any](v T) Option[T] { return Option[T]{v, true} }
func None[T any]() Option[T]    { return Option[T]{} }

func (o Option[T]) Get() (T, bool) { return o.val, o.ok }

func (o Option[T]) OrElse(d T) T {
	if o.ok {
		return o.val
	}
	return d
}

func (o Option[T]) String() string {
	if !o.ok {
		return "None"
	}
	return fmt.Sprintf("Some(%v)", o.val)
}

type Result[T any] struct {
	Val T
	Err error
}

func Try[T any](v T, err error) Result[T] { return Result[T]{v, err} }

func (r Result[T]) Unwrap() T {
	if r.Err != nil {
		panic(r.Err)
	}
	return r.Val
}

func main() {
	a, b := Some(42), None[int]()
	fmt.Println(a, b, a.OrElse(0), b.OrElse(-1))
	v, ok := Some("x").Get()
	fmt.Println(v, ok)
	r := Try(strconv.Atoi("12"))
	fmt.Println(r.Unwrap() + 1)
	bad := Try(strconv.Atoi("zz"))
	var ne *strconv.NumError
	fmt.Println(errors.As(bad.Err, &ne), ne.Func)
	defer func() { fmt.Println("recovered:", recover()) }()
	bad.Unwrap()
}
