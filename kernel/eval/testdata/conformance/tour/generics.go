package main

import "fmt"

func Index[T comparable](s []T, x T) int {
	for i, v := range s {
		if v == x {
			return i
		}
	}
	return -1
}

type List[T any] struct {
	next *List[T]
	val  T
}

func (l *List[T]) Push(v T) *List[T] { return &List[T]{next: l, val: v} }

func (l *List[T]) String() string {
	s := "["
	for n := l; n != nil; n = n.next {
		if n != l {
			s += " "
		}
		s += fmt.Sprint(n.val)
	}
	return s + "]"
}

func main() {
	si := []int{10, 20, 15, -10}
	fmt.Println(Index(si, 15))
	ss := []string{"foo", "bar", "baz"}
	fmt.Println(Index(ss, "hello"))
	var l *List[string]
	l = l.Push("a").Push("b").Push("c")
	fmt.Println(l)
	var li *List[int]
	fmt.Println(li.Push(1).Push(2).String())
}
