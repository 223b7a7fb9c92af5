package main

import (
	"fmt"
	"strconv"
)

type Celsius float64

func (c Celsius) String() string { return strconv.FormatFloat(float64(c), 'f', 1, 64) + "C" }

type StringerNum interface {
	~float64 | ~int
	String() string
}

func Join[T fmt.Stringer](xs []T) string {
	s := ""
	for _, x := range xs {
		s += x.String() + ";"
	}
	return s
}

func Max[T StringerNum](a, b T) string {
	if a > b {
		return a.String()
	}
	return b.String()
}

func Kind[T any](x T) string {
	switch any(x).(type) {
	case fmt.Stringer:
		return "stringer"
	case int, float64:
		return "number"
	}
	return "other"
}

func Is[T any](x any) bool {
	_, ok := x.(T)
	return ok
}

func main() {
	fmt.Println(Join([]Celsius{1, 2.5}))
	fmt.Println(Max(Celsius(3), Celsius(-1)))
	fmt.Println(Kind(Celsius(1)), Kind(3), Kind("s"))
	fmt.Println(Is[fmt.Stringer](Celsius(1)), Is[float64](Celsius(1)), Is[Celsius](Celsius(1)))
	fmt.Println(Is[interface{ String() int }](Celsius(1)), Is[error](Celsius(1)))
}
