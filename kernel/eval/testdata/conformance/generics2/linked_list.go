package main

import (
	"fmt"
	"strings"
)

type Node[T any] struct {
	Val  T
	Next *Node[T]
}

type List[T any] struct {
	head, tail *Node[T]
	n          int
}

func (l *List[T]) PushBack(v T) *List[T] {
	nd := &Node[T]{Val: v}
	if l.tail == nil {
		l.head, l.tail = nd, nd
	} else {
		l.tail.Next = nd
		l.tail = nd
	}
	l.n++
	return l
}

func (l *List[T]) PushFront(v T) {
	l.head = &Node[T]{Val: v, Next: l.head}
	if l.tail == nil {
		l.tail = l.head
	}
	l.n++
}

func (l *List[T]) Each(f func(int, T)) {
	i := 0
	for n := l.head; n != nil; n = n.Next {
		f(i, n.Val)
		i++
	}
}

func (l *List[T]) Reverse() {
	var prev *Node[T]
	l.tail = l.head
	for cur := l.head; cur != nil; {
		next := cur.Next
		cur.Next = prev
		prev, cur = cur, next
	}
	l.head = prev
}

func (l *List[T]) String() string {
	var b strings.Builder
	b.WriteString("[")
	l.Each(func(i int, v T) {
		if i > 0 {
			b.WriteString(" -> ")
		}
		fmt.Fprint(&b, v)
	})
	b.WriteString("]")
	return b.String()
}

func main() {
	l := &List[int]{}
	l.PushBack(1).PushBack(2).PushBack(3)
	l.PushFront(0)
	fmt.Println(l, l.n)
	l.Reverse()
	fmt.Println(l.String(), l.head.Val, l.tail.Val)
	var ws List[string]
	ws.PushBack("x")
	fmt.Println(&ws)
}
