package main

import (
	"fmt"
	"slices"
	"strings"
)

func Double[T ~int | ~float64](x T) T { return x * 2 }

func Concat[T any](a, b []T) []T { return append(append([]T{}, a...), b...) }

func Less[T int | string](a, b T) int {
	if a < b {
		return -1
	}
	if a > b {
		return 1
	}
	return 0
}

func pick(neg bool) func(int) int {
	if neg {
		return func(x int) int { return -x }
	}
	return Double
}

type Transform func(float64) float64

func main() {
	var f func(int) int = Double
	var g func(float64) float64
	g = Double
	var t Transform = Double
	fmt.Println(f(3), g(1.25), t(4), pick(false)(5), pick(true)(5))
	var c func([]string, []string) []string = Concat
	fmt.Println(c([]string{"a"}, []string{"b", "c"}))
	words := []string{"pear", "Fig", "apple"}
	slices.SortFunc(words, Less)
	fmt.Println(words)
	n := []int{3, 1, 2}
	slices.SortFunc(n, Less)
	fmt.Println(n, slices.IndexFunc(words, func(s string) bool { return strings.HasPrefix(s, "p") }))
}
