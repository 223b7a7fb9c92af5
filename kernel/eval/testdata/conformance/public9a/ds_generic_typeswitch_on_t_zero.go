package main

import (
	"fmt"
	"strconv"
	"strings"
)

func Parse[T int | float64 | bool | string](s string) (T, error) {
	var zero T
	var v any
	var err error
	switch any(zero).(type) {
	case int:
		v, err = strconv.Atoi(s)
	case float64:
		v, err = strconv.ParseFloat(s, 64)
	case bool:
		v, err = strconv.ParseBool(s)
	case string:
		v = s
	}
	if err != nil {
		return zero, fmt.Errorf("parse %T from %q: %w", zero, s, err)
	}
	return v.(T), nil
}

func Describe[T any](x T) string {
	switch v := any(x).(type) {
	case fmt.Stringer:
		return "Stringer:" + v.String()
	case []T:
		return "slice of T"
	case interface{ Len() int }:
		return fmt.Sprint("Len:", v.Len())
	}
	return fmt.Sprintf("%T(%v)", x, x)
}

type Temp float64

func (t Temp) String() string { return strconv.FormatFloat(float64(t), 'f', 1, 64) + "K" }

func Equal[T comparable](a, b T) bool { return a == b }

func IndexOf[T comparable](xs []T, x T) int {
	for i, v := range xs {
		if v == x {
			return i
		}
	}
	return -1
}

type Opt[T any] struct {
	v  T
	ok bool
}

func Some[T any](v T) Opt[T] { return Opt[T]{v, true} }
func None[T any]() Opt[T]    { return Opt[T]{} }

func (o Opt[T]) OrElse(d T) T {
	if o.ok {
		return o.v
	}
	return d
}

func (o Opt[T]) String() string {
	if !o.ok {
		return "None"
	}
	return fmt.Sprintf("Some(%v)", o.v)
}

func main() {
	i, err := Parse[int]("42")
	fmt.Println(i+1, err)
	f, err := Parse[float64]("2.5e2")
	fmt.Println(f, err)
	b, err := Parse[bool]("maybe")
	fmt.Println(b, err)
	s, _ := Parse[string]("x")
	fmt.Println(s)
	fmt.Println(Describe(Temp(3)), Describe(strings.NewReader("abc")), Describe(5), Describe([]int{1}))
	var e1, e2 error
	fmt.Println(Equal(1, 1), Equal("a", "b"), Equal(Temp(1), 1), Equal(e1, e2), Equal[any](1, 1.0))
	fmt.Println(IndexOf([]Temp{1, 2, 3}, 3), IndexOf([]any{"a", 1, nil}, nil), IndexOf([][2]int{{1, 2}}, [2]int{1, 2}))
	fmt.Println(Some(3), None[string](), Some(Temp(2)), Some[any](nil).OrElse(5), None[int]().OrElse(9))
	fmt.Printf("%v %+v\n", []Opt[int]{Some(1), None[int]()}, Some("s"))
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fmt.Println(Equal[any]([]int{}, []int{}))
	}()
}
