package main

import (
	"fmt"
	"strconv"
)

func Describe[T any](v T) string {
	switch x := any(v).(type) {
	case int:
		return "int " + strconv.Itoa(x)
	case string:
		return "string " + strconv.Quote(x)
	case fmt.Stringer:
		return "stringer " + x.String()
	case []T:
		return "slice of T"
	default:
		return fmt.Sprintf("other %T", x)
	}
}

type Color int

func (c Color) String() string { return [...]string{"red", "green"}[c] }

func Zero[T any]() T {
	var z T
	return z
}

func IsZero[T comparable](v T) bool { return v == Zero[T]() }

func main() {
	fmt.Println(Describe(42))
	fmt.Println(Describe("hi"))
	fmt.Println(Describe(Color(1)))
	fmt.Println(Describe(3.5))
	fmt.Println(Describe([]int{1}))
	fmt.Println(IsZero(0), IsZero("x"), IsZero(Color(0)), IsZero[*int](nil))
	fmt.Printf("%q %v %v\n", Zero[string](), Zero[[]int]() == nil, Zero[struct{ A int }]())
}
