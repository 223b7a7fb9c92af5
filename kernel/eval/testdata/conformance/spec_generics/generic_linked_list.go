package main

import "fmt"

type node[T any] struct {
	val  T
	next *node[T]
}

type LinkedList[T any] struct {
	head *node[T]
	size int
}

func (l *LinkedList[T]) Prepend(v T) {
	l.head = &node[T]{v, l.head}
	l.size++
}

func (l *LinkedList[T]) Each(f func(T)) {
	for n := l.head; n != nil; n = n.next {
		f(n.val)
	}
}

func (l *LinkedList[T]) Reverse() {
	var prev *node[T]
	for cur := l.head; cur != nil; {
		next := cur.next
		cur.next = prev
		prev, cur = cur, next
	}
	l.head = prev
}

func ToSlice[T any](l *LinkedList[T]) []T {
	var out []T
	l.Each(func(v T) { out = append(out, v) })
	return out
}

func main() {
	l := &LinkedList[string]{}
	for _, s := range []string{"c", "b", "a"} {
		l.Prepend(s)
	}
	fmt.Println(ToSlice(l), l.size)
	l.Reverse()
	fmt.Println(ToSlice(l))
	nums := LinkedList[float64]{}
	nums.Prepend(1.5)
	fmt.Println(ToSlice(&nums))
}
