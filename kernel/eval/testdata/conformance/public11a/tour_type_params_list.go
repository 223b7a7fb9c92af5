package main

import "fmt"

type List[T any] struct {
	next *List[T]
	val  T
}

func (l *List[T]) Push(v T) *List[T] {
	return &List[T]{next: l, val: v}
}

func (l *List[T]) Each(f func(T)) {
	for n := l; n != nil; n = n.next {
		f(n.val)
	}
}

func (l *List[T]) Len() int {
	if l == nil {
		return 0
	}
	return 1 + l.next.Len()
}

func Index[T comparable](s []T, x T) int {
	for i, v := range s {
		if v == x {
			return i
		}
	}
	return -1
}

func Map[T, U any](l *List[T], f func(T) U) *List[U] {
	var out *List[U]
	var vals []T
	l.Each(func(v T) { vals = append(vals, v) })
	for i := len(vals) - 1; i >= 0; i-- {
		out = out.Push(f(vals[i]))
	}
	return out
}

func main() {
	si := []int{10, 20, 15, -10}
	fmt.Println(Index(si, 15))
	ss := []string{"foo", "bar", "baz"}
	fmt.Println(Index(ss, "hello"))
	var l *List[string]
	for _, w := range ss {
		l = l.Push(w)
	}
	l.Each(func(s string) { fmt.Print(s, " ") })
	fmt.Println(l.Len())
	lens := Map(l, func(s string) int { return len(s) * 10 })
	lens.Each(func(n int) { fmt.Print(n, " ") })
	fmt.Println()
	fmt.Printf("%T %T\n", l, lens)
}
