package main

import (
	"fmt"
	"strings"
)

type PList[T any] struct {
	head T
	tail *PList[T]
	size int
}

func Empty[T any]() *PList[T] { return nil }

func (l *PList[T]) Cons(v T) *PList[T] { return &PList[T]{v, l, l.Len() + 1} }

func (l *PList[T]) Len() int {
	if l == nil {
		return 0
	}
	return l.size
}

func (l *PList[T]) Reverse() *PList[T] {
	var r *PList[T]
	for n := l; n != nil; n = n.tail {
		r = r.Cons(n.head)
	}
	return r
}

func (l *PList[T]) String() string {
	if l == nil {
		return "()"
	}
	var parts []string
	for n := l; n != nil; n = n.tail {
		parts = append(parts, fmt.Sprint(n.head))
	}
	return "(" + strings.Join(parts, " ") + ")"
}

func Fold[T, A any](l *PList[T], acc A, f func(A, T) A) A {
	for n := l; n != nil; n = n.tail {
		acc = f(acc, n.head)
	}
	return acc
}

func MapL[T, U any](l *PList[T], f func(T) U) *PList[U] {
	if l == nil {
		return nil
	}
	return MapL(l.tail, f).Cons(f(l.head))
}

type Stack[T any] struct{ l *PList[T] }

func (s Stack[T]) Push(v T) Stack[T] { return Stack[T]{s.l.Cons(v)} }
func (s Stack[T]) Pop() (T, Stack[T], bool) {
	if s.l == nil {
		var z T
		return z, s, false
	}
	return s.l.head, Stack[T]{s.l.tail}, true
}

func main() {
	a := Empty[int]().Cons(3).Cons(2).Cons(1)
	b := a.Cons(0)
	c := a.Cons(100)
	fmt.Println(a, b, c, a.Len(), b.Len(), b.tail == c.tail)
	fmt.Println(a.Reverse(), a)
	sum := Fold(b, 0, func(acc, x int) int { return acc + x })
	str := Fold(c, "", func(acc string, x int) string { return acc + fmt.Sprint(x) + ";" })
	fmt.Println(sum, str)
	sq := MapL(c, func(x int) string { return strings.Repeat("#", x%7) })
	fmt.Println(sq, sq.Len())
	var e *PList[string]
	fmt.Println(e, e.Len(), e.Reverse())
	s0 := Stack[string]{}
	s1 := s0.Push("a").Push("b")
	s2 := s1.Push("c")
	v, s3, ok := s2.Pop()
	fmt.Println(v, ok, s1.l, s2.l, s3.l, s3.l == s1.l)
	_, _, ok = s0.Pop()
	fmt.Println(ok)
}
