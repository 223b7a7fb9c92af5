package main

import "fmt"

// A generic interface with methods used both as a constraint and as an
// interface type, implemented by instances of generic types.

type Number interface{ ~int | ~int64 | ~float64 }

type Summer[T Number] interface{ Sum() T }

type Vec[T Number] []T

func (v Vec[T]) Sum() T {
	var s T
	for _, x := range v {
		s += x
	}
	return s
}

type Const[T Number] struct{ V T }

func (c Const[T]) Sum() T { return c.V }

func Total[T Number, S Summer[T]](xs ...S) T {
	var t T
	for _, x := range xs {
		t += x.Sum()
	}
	return t
}

func TotalAny[T Number](xs ...Summer[T]) T {
	var t T
	for _, x := range xs {
		t += x.Sum()
	}
	return t
}

type Score int64

func main() {
	fmt.Println(Total[int](Vec[int]{1, 2}, Vec[int]{3}))
	fmt.Println(Total[float64](Const[float64]{1.5}, Const[float64]{2}))
	fmt.Println(TotalAny[int](Vec[int]{4}, Const[int]{5}))
	ss := []Summer[Score]{Vec[Score]{10, 20}, Const[Score]{5}}
	fmt.Printf("%v %T\n", TotalAny(ss...), TotalAny(ss...))
	var s Summer[int] = Const[int]{7}
	if c, ok := s.(Const[int]); ok {
		fmt.Println("const", c.V)
	}
}
