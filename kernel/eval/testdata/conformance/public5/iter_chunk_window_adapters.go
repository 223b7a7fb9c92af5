package main

import (
	"fmt"
	"iter"
	"slices"
	"strings"
)

func Window[T any](s []T, n int) iter.Seq[[]T] {
	return func(yield func([]T) bool) {
		for i := 0; i+n <= len(s); i++ {
			if !yield(s[i : i+n : i+n]) {
				return
			}
		}
	}
}

func Pairwise[T any](s iter.Seq[T]) iter.Seq2[T, T] {
	return func(yield func(T, T) bool) {
		var prev T
		first := true
		for v := range s {
			if !first && !yield(prev, v) {
				return
			}
			prev, first = v, false
		}
	}
}

func Concat[T any](seqs ...iter.Seq[T]) iter.Seq[T] {
	return func(yield func(T) bool) {
		for _, s := range seqs {
			for v := range s {
				if !yield(v) {
					return
				}
			}
		}
	}
}

func Repeat[T any](v T, n int) iter.Seq[T] {
	return func(yield func(T) bool) {
		for range n {
			if !yield(v) {
				return
			}
		}
	}
}

func Scan[T, A any](s iter.Seq[T], init A, f func(A, T) A) iter.Seq[A] {
	return func(yield func(A) bool) {
		acc := init
		for v := range s {
			acc = f(acc, v)
			if !yield(acc) {
				return
			}
		}
	}
}

func main() {
	data := []int{3, 1, 4, 1, 5, 9, 2, 6}
	for w := range Window(data, 3) {
		fmt.Print(w, slices.Max(w), " ")
	}
	fmt.Println()
	for a, b := range Pairwise(slices.Values(data)) {
		if b < a {
			fmt.Printf("drop %d->%d\n", a, b)
		}
	}
	fmt.Println(slices.Collect(Concat(slices.Values([]string{"a", "b"}), Repeat("z", 3), slices.Values([]string(nil)))))
	fmt.Println(slices.Collect(Scan(slices.Values(data), 0, func(a, v int) int { return a + v })))
	running := Scan(slices.Values(strings.Split("a/b/c", "/")), "", func(a, v string) string {
		if a == "" {
			return v
		}
		return a + "/" + v
	})
	for p := range running {
		fmt.Println(p)
	}
	for c := range slices.Chunk(data, 3) {
		fmt.Print(len(c), cap(c), c, " ")
	}
	fmt.Println()
	win := slices.Collect(Window(data, 2))
	win[0] = append(win[0], 100)
	fmt.Println(data, win[0], len(win))
}
