package main

import (
	"fmt"
	"strconv"
)

func Describe[T any](v T) string {
	switch x := any(v).(type) {
	case int:
		return "int:" + strconv.Itoa(x)
	case string:
		return "string:" + x
	case []T:
		return fmt.Sprint("slice of T len ", len(x))
	case fmt.Stringer:
		return "stringer:" + x.String()
	case nil:
		return "nil"
	}
	return fmt.Sprintf("other:%T", v)
}

type ID int

func (i ID) String() string { return fmt.Sprintf("ID#%d", int(i)) }

func Parse[T int | float64 | bool](s string) (T, error) {
	var zero T
	var out any
	var err error
	switch any(zero).(type) {
	case int:
		out, err = strconv.Atoi(s)
	case float64:
		out, err = strconv.ParseFloat(s, 64)
	case bool:
		out, err = strconv.ParseBool(s)
	}
	if err != nil {
		return zero, err
	}
	return out.(T), nil
}

func main() {
	fmt.Println(Describe(3), Describe("s"), Describe(ID(4)), Describe(2.5))
	fmt.Println(Describe[any](nil))
	fmt.Println(Parse[int]("42"))
	fmt.Println(Parse[float64]("2.5"))
	fmt.Println(Parse[bool]("true"))
	_, err := Parse[int]("x")
	fmt.Println(err)
}
