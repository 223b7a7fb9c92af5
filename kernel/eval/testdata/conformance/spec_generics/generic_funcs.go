package main

import "fmt"

type Number interface {
	~int | ~int64 | ~float64
}

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

type MyInt int

func main() {
	fmt.Println(Sum(1, 2, 3), Sum(1.5, 2.5), Sum[int64]())
	fmt.Println(Sum(MyInt(2), MyInt(3)))
	fmt.Println(Filter([]int{1, 2, 3, 4}, func(x int) bool { return x%2 == 0 }))
	fmt.Println(Filter([]string{"a", "bb"}, func(s string) bool { return len(s) > 1 }))
}
