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

func Ok[T any](v T) Result[T]             { return Result[T]{Val: v} }
func Fail[T any](err error) Result[T]     { return Result[T]{Err: err} }
func Try[T any](v T, err error) Result[T] { return Result[T]{v, err} }

func (r Result[T]) Unwrap() T {
	if r.Err != nil {
		panic(r.Err)
	}
	return r.Val
}

func Then[T, U any](r Result[T], f func(T) Result[U]) Result[U] {
	if r.Err != nil {
		return Fail[U](r.Err)
	}
	return f(r.Val)
}

var ErrNegative = errors.New("negative")

func parse(s string) Result[int] { return Try(strconv.Atoi(s)) }
func sqrtInt(n int) Result[int] {
	if n < 0 {
		return Fail[int](fmt.Errorf("sqrt of %d: %w", n, ErrNegative))
	}
	r := 0
	for (r+1)*(r+1) <= n {
		r++
	}
	return Ok(r)
}

func find(xs []string, want string) Option[int] {
	for i, x := range xs {
		if x == want {
			return Some(i)
		}
	}
	return None[int]()
}

func main() {
	for _, in := range []string{"49", "-4", "x1", "10"} {
		r := Then(parse(in), sqrtInt)
		if r.Err != nil {
			fmt.Println(in, "error:", r.Err, errors.Is(r.Err, ErrNegative))
			continue
		}
		fmt.Println(in, "->", r.Unwrap())
	}
	xs := []string{"a", "b", "c"}
	fmt.Println(find(xs, "b"), find(xs, "z"), find(xs, "z").OrElse(-1))
	o := Some([]int{1, 2})
	v, ok := o.Get()
	fmt.Println(v, ok, o)
	fmt.Printf("%v %+v\n", Some("hi"), Ok(3.5))
	defer func() { fmt.Println("recovered:", recover()) }()
	Then(parse("-9"), sqrtInt).Unwrap()
}
