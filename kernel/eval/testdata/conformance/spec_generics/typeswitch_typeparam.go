package main

import (
	"fmt"
	"strconv"
)

func Describe[T any](x T) string {
	switch v := any(x).(type) {
	case int:
		return "int " + strconv.Itoa(v)
	case string:
		return "string " + v
	case fmt.Stringer:
		return "stringer " + v.String()
	case []T:
		return "slice of T"
	default:
		return fmt.Sprintf("other %v", v)
	}
}

type Color int

func (c Color) String() string { return [...]string{"red", "green"}[c] }

func Convert[T int | float64 | string](s string) (T, error) {
	var zero T
	switch any(zero).(type) {
	case int:
		n, err := strconv.Atoi(s)
		return any(n).(T), err
	case float64:
		f, err := strconv.ParseFloat(s, 64)
		return any(f).(T), err
	}
	return any(s).(T), nil
}

func main() {
	fmt.Println(Describe(42))
	fmt.Println(Describe("hi"))
	fmt.Println(Describe(Color(1)))
	fmt.Println(Describe(2.5))
	n, err := Convert[int]("12")
	fmt.Println(n+1, err)
	f, _ := Convert[float64]("1.25")
	fmt.Println(f * 2)
	s, _ := Convert[string]("raw")
	fmt.Println(s)
	_, err = Convert[int]("x")
	fmt.Println(err)
}
