package main

import (
	"fmt"
	"slices"
	"strconv"
)

func apply[T, U any](xs []T, f func(T) U) []U {
	var out []U
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func double[T ~int | ~float64](x T) T { return x * 2 }

func main() {
	fmt.Println(apply([]int{1, 2}, double))
	fmt.Println(apply([]float64{1.5}, double[float64]))
	fmt.Println(apply([]int{7}, strconv.Itoa))
	less := func(a, b int) int { return b - a }
	s := []int{1, 3, 2}
	slices.SortFunc(s, less)
	fmt.Println(s)
}
