// Optional[T] and Result[T] types with methods, constructors, generic
// functions mapping them (methods cannot have type parameters), and
// an error wrapped through them.
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

func MapOpt[T, U any](o Option[T], f func(T) U) Option[U] {
	if v, ok := o.Get(); ok {
		return Some(f(v))
	}
	return None[U]()
}

type Result[T any] struct {
	Val T
	Err error
}

func Try[T any](v T, err error) Result[T] { return Result[T]{v, err} }

func (r Result[T]) Unwrap() T {
	if r.Err != nil {
		panic(fmt.Errorf("unwrap: %w", r.Err))
	}
	return r.Val
}

func Then[T, U any](r Result[T], f func(T) (U, error)) Result[U] {
	if r.Err != nil {
		return Result[U]{Err: r.Err}
	}
	return Try(f(r.Val))
}

func main() {
	a, b := Some(41), None[int]()
	fmt.Println(a, b, a.OrElse(0), b.OrElse(-1))
	fmt.Println(MapOpt(a, func(i int) string { return strconv.Itoa(i + 1) }), MapOpt(b, strconv.Itoa))
	fmt.Printf("%v %s\n", MapOpt(Some("x"), func(s string) []byte { return []byte(s) }), None[bool]())

	r := Then(Try(strconv.Atoi("20")), func(n int) (float64, error) { return float64(n) / 8, nil })
	fmt.Println(r.Unwrap())
	bad := Then(Try(strconv.Atoi("zz")), func(n int) (string, error) { return "never", nil })
	var ne *strconv.NumError
	fmt.Println(errors.As(bad.Err, &ne), ne.Func)
	defer func() {
		err := recover().(error)
		fmt.Println("recovered:", err, errors.Is(err, strconv.ErrSyntax))
	}()
	bad.Unwrap()
}
