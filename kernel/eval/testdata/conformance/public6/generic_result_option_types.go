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
		panic(fmt.Sprintf("unwrap on error: %v", r.Err))
	}
	return r.Val
}

func MapR[T, U any](r Result[T], f func(T) U) Result[U] {
	if r.Err != nil {
		return Result[U]{Err: r.Err}
	}
	return Result[U]{Val: f(r.Val)}
}

func AndThen[T, U any](r Result[T], f func(T) (U, error)) Result[U] {
	if r.Err != nil {
		return Result[U]{Err: r.Err}
	}
	return Try(f(r.Val))
}

func Find[T any](xs []T, pred func(T) bool) Option[T] {
	for _, x := range xs {
		if pred(x) {
			return Some(x)
		}
	}
	return None[T]()
}

var ErrNegative = errors.New("negative")

func sqrtInt(n int) (int, error) {
	if n < 0 {
		return 0, ErrNegative
	}
	r := 0
	for (r+1)*(r+1) <= n {
		r++
	}
	return r, nil
}

func main() {
	o := Find([]string{"go", "rust", "zig"}, func(s string) bool { return len(s) == 4 })
	fmt.Println(o, o.OrElse("none"), Find([]int{1, 3}, func(i int) bool { return i%2 == 0 }))
	v, ok := None[float64]().Get()
	fmt.Println(v, ok)
	for _, in := range []string{"81", "-4", "x"} {
		r := AndThen(Try(strconv.Atoi(in)), sqrtInt)
		doubled := MapR(r, func(n int) string { return strconv.Itoa(n * 2) })
		fmt.Printf("%s -> %+v %q errNeg=%t\n", in, r, doubled.Val, errors.Is(doubled.Err, ErrNegative))
	}
	fmt.Println(Try(strconv.ParseBool("true")).Unwrap())
	defer func() { fmt.Println("recovered:", recover()) }()
	Try(strconv.ParseFloat("nan?", 64)).Unwrap()
}
