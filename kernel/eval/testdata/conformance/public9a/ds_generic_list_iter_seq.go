package main

import (
	"fmt"
	"iter"
	"strings"
)

type node[T any] struct {
	val        T
	prev, next *node[T]
}

type List[T any] struct {
	root node[T]
	n    int
}

func NewList[T any](xs ...T) *List[T] {
	l := &List[T]{}
	l.root.next, l.root.prev = &l.root, &l.root
	for _, x := range xs {
		l.PushBack(x)
	}
	return l
}

func (l *List[T]) insert(v T, at *node[T]) {
	e := &node[T]{val: v, prev: at, next: at.next}
	at.next.prev = e
	at.next = e
	l.n++
}

func (l *List[T]) PushBack(v T)  { l.insert(v, l.root.prev) }
func (l *List[T]) PushFront(v T) { l.insert(v, &l.root) }
func (l *List[T]) Len() int      { return l.n }

func (l *List[T]) All() iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		i := 0
		for e := l.root.next; e != &l.root; e = e.next {
			if !yield(i, e.val) {
				return
			}
			i++
		}
	}
}

func (l *List[T]) Backward() iter.Seq[T] {
	return func(yield func(T) bool) {
		for e := l.root.prev; e != &l.root; e = e.prev {
			if !yield(e.val) {
				return
			}
		}
	}
}

func (l *List[T]) RemoveIf(pred func(T) bool) int {
	removed := 0
	for e := l.root.next; e != &l.root; {
		nx := e.next
		if pred(e.val) {
			e.prev.next = e.next
			e.next.prev = e.prev
			l.n--
			removed++
		}
		e = nx
	}
	return removed
}

func (l *List[T]) String() string {
	var parts []string
	for _, v := range l.All() {
		parts = append(parts, fmt.Sprint(v))
	}
	return "[" + strings.Join(parts, " <-> ") + "]"
}

func Map[T, U any](s iter.Seq[T], f func(T) U) iter.Seq[U] {
	return func(yield func(U) bool) {
		for v := range s {
			if !yield(f(v)) {
				return
			}
		}
	}
}

func main() {
	l := NewList(3, 1, 4, 1, 5, 9, 2, 6)
	l.PushFront(0)
	fmt.Println(l, l.Len())
	for i, v := range l.All() {
		if i == 4 {
			break
		}
		fmt.Print(v, ";")
	}
	fmt.Println()
	for s := range Map(l.Backward(), func(x int) string { return strings.Repeat("*", x) }) {
		if s == "" {
			continue
		}
		fmt.Println(s)
		if len(s) > 5 {
			break
		}
	}
	fmt.Println(l.RemoveIf(func(x int) bool { return x%2 == 1 }), l)
	words := NewList[string]()
	for _, w := range strings.Fields("the quick brown fox") {
		words.PushFront(w)
	}
	fmt.Printf("%v %d %s\n", words, words.Len(), words)
}
