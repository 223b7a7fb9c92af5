package main

import (
	"fmt"
	"strconv"
)

func Convert[To, From any](xs []From, f func(From) To) []To {
	out := make([]To, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func Zero[T any]() T {
	var z T
	return z
}

func main() {
	fmt.Println(Convert[string]([]int{1, 2}, strconv.Itoa))
	fmt.Printf("%q %v %v\n", Zero[string](), Zero[int](), Zero[*int]() == nil)
	f := Convert[float64, int]
	fmt.Println(f([]int{3}, func(i int) float64 { return float64(i) / 2 }))
}
