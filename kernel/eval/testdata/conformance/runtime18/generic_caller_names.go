package main

import (
	"fmt"
	"runtime"
	"strings"
)

// gc names an instance of a generic func or a method of a generic type
// with [...] in place of its type arguments.

func where() string {
	pc, _, _, _ := runtime.Caller(1)
	return runtime.FuncForPC(pc).Name()
}

func Map[T, U any](xs []T, f func(T) U) ([]U, string) {
	var out []U
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out, where()
}

func Ident[T any](x T) (T, string) {
	pc, _, line, ok := runtime.Caller(0)
	name := runtime.FuncForPC(pc).Name()
	return x, fmt.Sprint(name, " ", line, " ", ok)
}

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) string {
	s.items = append(s.items, v)
	return where()
}

func (s Stack[T]) Len() (int, string) { return len(s.items), where() }

type Pair[K comparable, V any] struct {
	k K
	v V
}

func (p Pair[K, V]) Key() (K, string) { return p.k, where() }

func Outer[T any](v T) string {
	inner := func() string { return where() }
	return inner()
}

func main() {
	ys, name := Map([]int{1, 2}, func(i int) string { return fmt.Sprint(i) })
	fmt.Println(ys, name)
	_, name = Map([]string{"a"}, strings.ToUpper)
	fmt.Println(name)
	fmt.Println(Ident(3.5))
	fmt.Println(Ident("s"))
	var s Stack[int]
	fmt.Println(s.Push(1))
	fmt.Println(s.Len())
	fmt.Println(Pair[string, int]{"a", 1}.Key())
	fmt.Println(Outer(1))
}
