package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

// A variadic parameter xs ...T is a []T in its function's body: given to
// a generic function (S ~[]E), it binds S to []T.

type Stream[T any] struct{ items []T }

func From[T any](xs ...T) Stream[T] { return Stream[T]{slices.Clone(xs)} }

func SortedCopy[T cmp.Ordered](xs ...T) []T {
	c := slices.Clone(xs)
	slices.Sort(c)
	return c
}

func Largest[T cmp.Ordered](first T, rest ...T) T {
	if len(rest) == 0 {
		return first
	}
	return max(first, slices.Max(rest))
}

func Without[S ~[]E, E comparable](s S, drop E) S {
	return slices.DeleteFunc(slices.Clone(s), func(e E) bool { return e == drop })
}

func Words(ws ...string) []string {
	return Without(ws, "")
}

func Grow[T any](xs ...T) []T {
	g := slices.Grow(xs, 4)
	return append(g, xs...)
}

func main() {
	fmt.Println(From(1, 2, 3), From[string]())
	fmt.Println(SortedCopy(3, 1, 2), SortedCopy("b", "a"))
	fmt.Println(Largest(4), Largest(1, 7, 3), Largest("x", "yy", "a"))
	fmt.Println(strings.Join(Words("a", "", "b", ""), "+"))
	fmt.Println(Grow(1, 2), slices.Index(SortedCopy(5, 4), 5))
}
