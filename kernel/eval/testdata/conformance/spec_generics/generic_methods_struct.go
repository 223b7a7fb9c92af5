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

func (l *List[T]) Each(f func(T)) {
	for n := l.head; n != nil; n = n.next {
		f(n.val)
	}
}

func (l *List[T]) Len() int { return l.size }

func main() {
	var l List[string]
	l.Push("c")
	l.Push("b")
	l.Push("a")
	l.Each(func(s string) { fmt.Print(s) })
	fmt.Println(" ", l.Len())
	li := List[[]int]{}
	li.Push([]int{1})
	li.Each(func(s []int) { fmt.Println(s) })
}
