package main

import "fmt"

func Max[T int | float64](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func Pair[A, B any](a A, b B) string { return fmt.Sprintf("%T %T", a, b) }

func Sum[T ~int | ~float64 | ~complex128](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

type MyInt int

func main() {
	fmt.Println(Max(1, 2.5)) // 1.21: mixed untyped constants -> float64
	fmt.Printf("%T\n", Max(1, 2.5))
	fmt.Println(Pair(1, 'x'), Pair(2.0, "s"), Pair(1i, true))
	fmt.Println(Sum(1, 2, 3.5))
	fmt.Printf("%T %v\n", Sum(1, 2i), Sum(1, 2i))
	var m MyInt = 4
	fmt.Printf("%T %v\n", Sum(m, 3), Sum(m, 3))
	fmt.Printf("%T\n", Sum[float64]())
}
