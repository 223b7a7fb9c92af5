// A doubly linked generic list with an iterator (iter.Seq), insertion,
// removal, and a generic Map over lists returning a list of another type.
package main

import (
	"fmt"
	"iter"
)

type Node[T any] struct {
	Val        T
	prev, next *Node[T]
}

type List[T any] struct {
	head, tail *Node[T]
	n          int
}

func (l *List[T]) PushBack(v T) *Node[T] {
	nd := &Node[T]{Val: v, prev: l.tail}
	if l.tail == nil {
		l.head = nd
	} else {
		l.tail.next = nd
	}
	l.tail = nd
	l.n++
	return nd
}

func (l *List[T]) PushFront(v T) *Node[T] {
	nd := &Node[T]{Val: v, next: l.head}
	if l.head == nil {
		l.tail = nd
	} else {
		l.head.prev = nd
	}
	l.head = nd
	l.n++
	return nd
}

func (l *List[T]) Remove(nd *Node[T]) {
	if nd.prev != nil {
		nd.prev.next = nd.next
	} else {
		l.head = nd.next
	}
	if nd.next != nil {
		nd.next.prev = nd.prev
	} else {
		l.tail = nd.prev
	}
	l.n--
}

func (l *List[T]) All() iter.Seq[T] {
	return func(yield func(T) bool) {
		for nd := l.head; nd != nil; nd = nd.next {
			if !yield(nd.Val) {
				return
			}
		}
	}
}

func (l *List[T]) Backward() iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		i := l.n - 1
		for nd := l.tail; nd != nil; nd = nd.prev {
			if !yield(i, nd.Val) {
				return
			}
			i--
		}
	}
}

func MapList[T, U any](l *List[T], f func(T) U) *List[U] {
	out := &List[U]{}
	for v := range l.All() {
		out.PushBack(f(v))
	}
	return out
}

func main() {
	l := &List[int]{}
	l.PushBack(2)
	mid := l.PushBack(3)
	l.PushBack(4)
	l.PushFront(1)
	l.Remove(mid)
	for v := range l.All() {
		fmt.Print(v, " ")
	}
	fmt.Println(l.n)
	for i, v := range l.Backward() {
		fmt.Print(i, ":", v, " ")
		if i == 1 {
			break
		}
	}
	fmt.Println()
	s := MapList(l, func(i int) string { return fmt.Sprintf("<%d>", i) })
	for v := range s.All() {
		fmt.Print(v)
	}
	fmt.Println(s.n)
}
