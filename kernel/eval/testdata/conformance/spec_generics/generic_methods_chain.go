package main

import (
	"fmt"
	"strings"
)

type List[T any] struct {
	items []T
}

func Of[T any](xs ...T) *List[T] { return &List[T]{items: xs} }

func (l *List[T]) Filter(keep func(T) bool) *List[T] {
	var out []T
	for _, x := range l.items {
		if keep(x) {
			out = append(out, x)
		}
	}
	return &List[T]{items: out}
}

func (l *List[T]) Each(f func(int, T)) *List[T] {
	for i, x := range l.items {
		f(i, x)
	}
	return l
}

func (l *List[T]) Len() int { return len(l.items) }

func (l List[T]) First() (T, bool) {
	if len(l.items) == 0 {
		var zero T
		return zero, false
	}
	return l.items[0], true
}

func Map[T, U any](l *List[T], f func(T) U) *List[U] {
	out := &List[U]{}
	for _, x := range l.items {
		out.items = append(out.items, f(x))
	}
	return out
}

func main() {
	words := Of("go", "rust", "zig", "haskell")
	short := words.Filter(func(s string) bool { return len(s) <= 3 })
	short.Each(func(i int, s string) { fmt.Println(i, s) })
	fmt.Println(short.Len(), words.Len())
	up := Map(short, strings.ToUpper)
	f, ok := up.First()
	fmt.Println(f, ok, up.items)
	lens := Map(words, func(s string) int { return len(s) })
	fmt.Println(lens.items)
	_, ok = Of[int]().First()
	fmt.Println(ok)
}
