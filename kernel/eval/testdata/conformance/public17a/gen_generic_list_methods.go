package main

import "fmt"

type List[T any] struct {
	head *node[T]
	size int
}

type node[T any] struct {
	val  T
	next *node[T]
}

func (l *List[T]) Push(v T) {
	l.head = &node[T]{v, l.head}
	l.size++
}

func (l *List[T]) Each(f func(int, T)) {
	i := 0
	for n := l.head; n != nil; n = n.next {
		f(i, n.val)
		i++
	}
}

func (l *List[T]) All() func(yield func(T) bool) {
	return func(yield func(T) bool) {
		for n := l.head; n != nil; n = n.next {
			if !yield(n.val) {
				return
			}
		}
	}
}

func Map[T, U any](l *List[T], f func(T) U) *List[U] {
	out := &List[U]{}
	var vals []T
	l.Each(func(_ int, v T) { vals = append(vals, v) })
	for i := len(vals) - 1; i >= 0; i-- {
		out.Push(f(vals[i]))
	}
	return out
}

func main() {
	var l List[string]
	for _, s := range []string{"a", "bb", "ccc"} {
		l.Push(s)
	}
	l.Each(func(i int, s string) { fmt.Println(i, s) })
	lens := Map(&l, func(s string) int { return len(s) })
	for v := range lens.All() {
		fmt.Print(v, " ")
	}
	fmt.Println(lens.size)
	fmt.Printf("%T %T\n", l, lens)
}
