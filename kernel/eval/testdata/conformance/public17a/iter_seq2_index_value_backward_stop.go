package main

import (
	"fmt"
	"iter"
	"slices"
)

func Pairs[T any](xs []T) iter.Seq2[T, T] {
	return func(yield func(T, T) bool) {
		for i := 0; i+1 < len(xs); i++ {
			if !yield(xs[i], xs[i+1]) {
				return
			}
		}
	}
}

func Window[T any](xs []T, n int) iter.Seq[[]T] {
	return func(yield func([]T) bool) {
		for i := 0; i+n <= len(xs); i++ {
			if !yield(xs[i : i+n : i+n]) {
				return
			}
		}
	}
}

func main() {
	xs := []int{1, 4, 9, 16, 25}
	for a, b := range Pairs(xs) {
		fmt.Print(b-a, " ")
	}
	fmt.Println()
	for w := range Window(xs, 3) {
		fmt.Print(w, " ")
	}
	fmt.Println()
	sums := []int{}
	for w := range Window(xs, 2) {
		w = append(w, 0)
		sums = append(sums, w[0]+w[1])
	}
	fmt.Println(sums, xs)
	for i, v := range slices.Backward(xs) {
		if v < 5 {
			break
		}
		fmt.Print(i, ":", v, " ")
	}
	fmt.Println()
	n := 0
	for range Pairs([]string{"a", "b", "c"}) {
		n++
	}
	fmt.Println(n)
}
