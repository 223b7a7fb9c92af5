package main

import (
	"fmt"
	"strconv"
)

func Identity[T any](x T) T { return x }

func Apply[T, U any](x T, f func(T) U) U { return f(x) }

func Compose[A, B, C any](f func(A) B, g func(B) C) func(A) C {
	return func(a A) C { return g(f(a)) }
}

func Double[T ~int | ~float64](x T) T { return x * 2 }

func main() {
	id := Identity[string]
	fmt.Println(id("hi"))
	var d func(int) int = Double
	fmt.Println(d(21), Apply(4, Double[int]), Apply(2.5, Double))
	toStr := Compose(Double[int], strconv.Itoa)
	fmt.Println(toStr(7) + "!")
	fs := []func(float64) float64{Double[float64], Identity[float64]}
	for _, f := range fs {
		fmt.Print(f(1.5), " ")
	}
	fmt.Println()
	fmt.Printf("%T\n", id)
}
