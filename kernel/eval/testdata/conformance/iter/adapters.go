package main

import (
	"fmt"
	"iter"
	"slices"
	"strings"
)

func Filter[T any](seq iter.Seq[T], keep func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range seq {
			if keep(v) && !yield(v) {
				return
			}
		}
	}
}

func Map[T, U any](seq iter.Seq[T], f func(T) U) iter.Seq[U] {
	return func(yield func(U) bool) {
		for v := range seq {
			if !yield(f(v)) {
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

func Naturals() iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 1; ; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func main() {
	even := Filter(Naturals(), func(n int) bool { return n%2 == 0 })
	sq := Map(even, func(n int) string { return fmt.Sprint(n * n) })
	fmt.Println(slices.Collect(Take(sq, 5)))
	words := strings.Fields("the quick brown fox")
	upper := Map(slices.Values(words), strings.ToUpper)
	fmt.Println(strings.Join(slices.Collect(upper), "-"))
	for i, w := range slices.All(words) {
		if i == 2 {
			break
		}
		fmt.Println(i, w)
	}
	total := 0
	for v := range Take(Naturals(), 100) {
		total += v
	}
	fmt.Println(total)
}
