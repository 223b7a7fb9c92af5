package main

import (
	"fmt"
	"strconv"
)

type Integer interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64
}

type Float interface{ ~float32 | ~float64 }

type Number interface {
	Integer | Float
}

type Celsius float64
type Score int16

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Scale[S ~[]E, E Number](s S, k E) S {
	out := make(S, len(s))
	for i, v := range s {
		out[i] = v * k
	}
	return out
}

type Temps []Celsius

func (t Temps) String() string {
	s := ""
	for _, v := range t {
		s += strconv.FormatFloat(float64(v), 'f', 1, 64) + "C "
	}
	return s
}

func main() {
	fmt.Println(Sum(1, 2, 3), Sum(1.5, 2.5), Sum[Score](100, 200))
	fmt.Println(Sum[Celsius](20.5, 1))
	t := Scale(Temps{1, 2.5}, 2)
	fmt.Println(t)
	fmt.Printf("%T\n", t)
	fmt.Printf("%T\n", Sum[int8])
}
