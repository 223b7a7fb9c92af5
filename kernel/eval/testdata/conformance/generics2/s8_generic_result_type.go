package main

import (
	"errors"
	"fmt"
	"strconv"
)

// A generic Result type with methods taking and returning funcs of the
// type parameter, and a generic func chaining results of other instances.

type Result[T any] struct {
	Val T
	Err error
}

func Ok[T any](v T) Result[T]             { return Result[T]{Val: v} }
func Fail[T any](err error) Result[T]     { return Result[T]{Err: err} }
func Try[T any](v T, err error) Result[T] { return Result[T]{v, err} }

func (r Result[T]) OrElse(d T) T {
	if r.Err != nil {
		return d
	}
	return r.Val
}

func (r Result[T]) Then(f func(T) Result[T]) Result[T] {
	if r.Err != nil {
		return r
	}
	return f(r.Val)
}

func Map[T, U any](r Result[T], f func(T) (U, error)) Result[U] {
	if r.Err != nil {
		return Fail[U](r.Err)
	}
	return Try(f(r.Val))
}

var ErrNeg = errors.New("negative")

func main() {
	half := func(n int) Result[int] {
		if n < 0 {
			return Fail[int](ErrNeg)
		}
		return Ok(n / 2)
	}
	fmt.Println(Ok(40).Then(half).Then(half).OrElse(-1))
	r := Ok(-4).Then(half)
	fmt.Println(r.OrElse(-1), errors.Is(r.Err, ErrNeg))
	s := Map(Ok("12"), strconv.Atoi)
	fmt.Println(s.Val+1, s.Err)
	bad := Map(Ok("x"), strconv.Atoi)
	fmt.Println(bad.OrElse(7), bad.Err)
	q := Map(Map(Ok("3"), strconv.Atoi), func(n int) (string, error) { return strconv.Itoa(n * n), nil })
	fmt.Printf("%q %T\n", q.Val, q)
}
