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

func (r Result[T]) Unwrap() (T, error) { return r.Val, r.Err }

func (r Result[T]) Or(def T) T {
	if r.Err != nil {
		return def
	}
	return r.Val
}

func Map[T, U any](r Result[T], f func(T) (U, error)) Result[U] {
	if r.Err != nil {
		return Result[U]{Err: r.Err}
	}
	return Try(f(r.Val))
}

type RangeError[T int | float64] struct {
	Val, Lo, Hi T
}

func (e RangeError[T]) Error() string { return fmt.Sprintf("%v not in [%v, %v]", e.Val, e.Lo, e.Hi) }

func inRange(n int) (int, error) {
	if n < 1 || n > 100 {
		return 0, RangeError[int]{n, 1, 100}
	}
	return n, nil
}

func main() {
	for _, s := range []string{"42", "x", "500"} {
		r := Map(Try(strconv.Atoi(s)), inRange)
		v, err := r.Unwrap()
		var re RangeError[int]
		var ne *strconv.NumError
		fmt.Println(v, err, r.Or(-1), errors.As(err, &re), errors.As(err, &ne))
	}
	half := Map(Try(10, nil), func(n int) (float64, error) { return float64(n) / 4, nil })
	fmt.Println(half.Or(0))
	var err error = RangeError[float64]{1.5, 2, 3}
	fmt.Println(err, errors.Is(err, RangeError[float64]{1.5, 2, 3}))
	wrapped := fmt.Errorf("ctx: %w", RangeError[int]{0, 1, 2})
	var re RangeError[int]
	fmt.Println(errors.As(wrapped, &re), re.Hi)
}
