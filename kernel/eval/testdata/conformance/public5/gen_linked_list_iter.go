package main

import (
	"fmt"
	"iter"
	"slices"
	"strings"
)

type node[T any] struct {
	val  T
	next *node[T]
}

type List[T any] struct {
	head, tail *node[T]
	size       int
}

func (l *List[T]) PushBack(v T) *List[T] {
	n := &node[T]{val: v}
	if l.tail == nil {
		l.head = n
	} else {
		l.tail.next = n
	}
	l.tail = n
	l.size++
	return l
}

func (l *List[T]) PushFront(v T) {
	l.head = &node[T]{v, l.head}
	if l.tail == nil {
		l.tail = l.head
	}
	l.size++
}

func (l *List[T]) All() iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		i := 0
		for n := l.head; n != nil; n = n.next {
			if !yield(i, n.val) {
				return
			}
			i++
		}
	}
}

func (l *List[T]) Values() iter.Seq[T] {
	return func(yield func(T) bool) {
		for _, v := range l.All() {
			if !yield(v) {
				return
			}
		}
	}
}

func (l *List[T]) Reverse() {
	var prev *node[T]
	l.tail = l.head
	for n := l.head; n != nil; {
		next := n.next
		n.next = prev
		prev, n = n, next
	}
	l.head = prev
}

func (l *List[T]) String() string {
	var parts []string
	for v := range l.Values() {
		parts = append(parts, fmt.Sprint(v))
	}
	return "(" + strings.Join(parts, " ") + ")"
}

func FromSeq[T any](seq iter.Seq[T]) *List[T] {
	l := &List[T]{}
	for v := range seq {
		l.PushBack(v)
	}
	return l
}

func main() {
	l := &List[int]{}
	l.PushBack(1).PushBack(2).PushBack(3)
	l.PushFront(0)
	fmt.Println(l, l.size)
	for i, v := range l.All() {
		if i == 2 {
			break
		}
		fmt.Println("item", i, v)
	}
	l.Reverse()
	fmt.Println(l, l.tail.val, slices.Collect(l.Values()))
	words := FromSeq(slices.Values([]string{"x", "y", "z"}))
	fmt.Println(words, words.size)
	var empty List[bool]
	fmt.Println(&empty, empty.size, slices.Collect(empty.Values()) == nil)
	sum := 0
	for v := range l.Values() {
		if v == 1 {
			continue
		}
		sum += v
	}
	fmt.Println(sum)
}
