package main

import (
	"errors"
	"fmt"
	"strings"
)

type Num interface{ ~int | ~int64 | ~float64 }

type Celsius float64

type Box[T any] struct{ V T }

func (b Box[T]) String() string { return fmt.Sprintf("Box(%v)", b.V) }

func kind[T any](v T) string {
	switch x := any(v).(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v", x)
	case float64:
		return fmt.Sprintf("float %g", x)
	case Celsius:
		return fmt.Sprintf("celsius %.1f", float64(x))
	case string:
		return "string " + strings.ToUpper(x)
	case []T:
		return fmt.Sprintf("slice of T len %d", len(x))
	case Box[int]:
		return "box of int " + x.String()
	case fmt.Stringer:
		return "stringer " + x.String()
	case error:
		return "error " + x.Error()
	case func() T:
		return fmt.Sprintf("thunk -> %v", x())
	case map[string]T:
		return fmt.Sprintf("map with %d keys", len(x))
	case *T:
		if x == nil {
			return "nil *T"
		}
		return fmt.Sprintf("ptr to %v", *x)
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func Sum[T Num](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func describe[T Num](x T) string {
	switch any(x).(type) {
	case int:
		return "int"
	case Celsius:
		return "Celsius"
	}
	return fmt.Sprintf("%T", x)
}

func main() {
	var e error
	var sp *string
	fmt.Println(kind(42))
	fmt.Println(kind(int64(7)))
	fmt.Println(kind(2.5))
	fmt.Println(kind(Celsius(36.6)))
	fmt.Println(kind("go"))
	fmt.Println(kind(e))
	fmt.Println(kind[any](nil))
	fmt.Println(kind(Box[int]{3}))
	fmt.Println(kind(Box[string]{"s"}))
	fmt.Println(kind(errors.New("bad")))
	fmt.Println(kind(func() int { return 9 }))
	fmt.Println(kind(map[string]int{"a": 1}))
	fmt.Println(kind(sp))
	v := 5
	fmt.Println(kind(&v))
	fmt.Println(kind([]byte("x")))
	fmt.Println(kind(struct{ A int }{1}))
	fmt.Println(Sum(1, 2, 3), Sum(1.5, 2), Sum[Celsius](10, 20.5), describe(Celsius(1)), describe(3), describe(int64(2)))
}
