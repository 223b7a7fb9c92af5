package main

import (
	"fmt"
	"iter"
	"slices"
)

func Count(start, step int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := start; ; i += step {
			if !yield(i) {
				return
			}
		}
	}
}

func Take[T any](seq iter.Seq[T], n int) iter.Seq[T] {
	return func(yield func(T) bool) {
		if n <= 0 {
			return
		}
		i := 0
		for v := range seq {
			if !yield(v) {
				return
			}
			i++
			if i == n {
				return
			}
		}
	}
}

func Enumerate[T any](seq iter.Seq[T]) iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		i := 0
		for v := range seq {
			if !yield(i, v) {
				return
			}
			i++
		}
	}
}

func main() {
	fmt.Println(slices.Collect(Take(Count(10, 5), 4)))
	for i, v := range Enumerate(Take(Count(0, 3), 3)) {
		fmt.Println(i, v)
	}
	for v := range Count(1, 1) {
		if v > 3 {
			break
		}
		defer fmt.Println("deferred", v)
	}
}
