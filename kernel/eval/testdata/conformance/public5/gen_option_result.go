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

func Ok[T any](v T) Result[T]         { return Result[T]{Val: v} }
func Fail[T any](err error) Result[T] { return Result[T]{Err: err} }
func Try[T any](v T, err error) Result[T] {
	return Result[T]{v, err}
}

func (r Result[T]) Unwrap() T {
	if r.Err != nil {
		panic(fmt.Errorf("unwrap: %w", r.Err))
	}
	return r.Val
}

func Then[T, U any](r Result[T], f func(T) (U, error)) Result[U] {
	if r.Err != nil {
		return Fail[U](r.Err)
	}
	return Try(f(r.Val))
}

func (r Result[T]) String() string {
	if r.Err != nil {
		return "Err(" + r.Err.Error() + ")"
	}
	return fmt.Sprintf("Ok(%v)", r.Val)
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

func checkPos(n int) (int, error) {
	if n < 0 {
		return 0, ErrNegative
	}
	return n, nil
}

func main() {
	o := Find([]string{"go", "rust", "zig"}, func(s string) bool { return len(s) == 4 })
	fmt.Println(o, o.OrElse("none"))
	o2 := Find([]int{1, 3, 5}, func(n int) bool { return n%2 == 0 })
	fmt.Println(o2, o2.OrElse(-1))
	v, ok := o2.Get()
	fmt.Println(v, ok)
	fmt.Printf("%v %+v %s\n", Some(3.5), None[bool](), Some([]int{1, 2}))

	for _, in := range []string{"42", "-7", "x"} {
		r := Then(Try(strconv.Atoi(in)), checkPos)
		r2 := Then(r, func(n int) (string, error) { return strconv.Itoa(n * 2), nil })
		fmt.Println(in, r, r2, errors.Is(r2.Err, ErrNegative))
	}
	func() {
		defer func() {
			err := recover().(error)
			fmt.Println("recovered:", err, errors.Is(err, ErrNegative))
		}()
		Then(Ok(-1), checkPos).Unwrap()
	}()
	fmt.Println(Ok("fine").Unwrap())
	opts := []Option[int]{Some(1), None[int](), Some(3)}
	fmt.Println(opts)
}
