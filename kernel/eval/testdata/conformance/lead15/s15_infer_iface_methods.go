package main

import (
	"fmt"
	"strconv"
)

type Stringer[T any] interface {
	String() string
	Value() T
}

type Num int

func (n Num) String() string { return "Num(" + strconv.Itoa(int(n)) + ")" }
func (n Num) Value() int     { return int(n) }

func Show[T any](s Stringer[T]) (string, T) { return s.String(), s.Value() }

type List[T any] struct{ items []T }

func (l *List[T]) Push(v T) *List[T] { l.items = append(l.items, v); return l }
func (l *List[T]) Each(f func(int, T)) {
	for i, v := range l.items {
		f(i, v)
	}
}

func Reduce[T, A any](l *List[T], init A, f func(A, T) A) A {
	acc := init
	l.Each(func(_ int, v T) { acc = f(acc, v) })
	return acc
}

func main() {
	s, v := Show[int](Num(3))
	fmt.Println(s, v)
	l := (&List[string]{}).Push("a").Push("bb").Push("ccc")
	fmt.Println(Reduce(l, 0, func(n int, s string) int { return n + len(s) }))
	fmt.Println(Reduce(l, "", func(acc string, s string) string { return acc + s + "|" }))
	l.Each(func(i int, s string) { fmt.Print(i, "=", s, " ") })
	fmt.Println()
}
