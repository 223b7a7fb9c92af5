package main

import (
	"cmp"
	"fmt"
)

type Stack[T any] struct{ values []T }

func (s *Stack[T]) Push(value T)  { s.values = append(s.values, value) }
func (s *Stack[T]) IsEmpty() bool { return len(s.values) == 0 }
func (s *Stack[T]) Pop() (T, bool) {
	if s.IsEmpty() {
		var zero T
		return zero, false
	}
	index := len(s.values) - 1
	el := s.values[index]
	s.values = s.values[:index]
	return el, true
}

type failer struct{ fails int }

func AssertEqual[T comparable](f *failer, got, want T) {
	if got != want {
		f.fails++
		fmt.Printf("FAIL: got %v, want %v\n", got, want)
	}
}

func AssertTrue(f *failer, got bool)  { AssertEqual(f, got, true) }
func AssertFalse(f *failer, got bool) { AssertEqual(f, got, false) }

func MaxOf[T cmp.Ordered](xs ...T) (m T) {
	for i, x := range xs {
		if i == 0 || x > m {
			m = x
		}
	}
	return
}

func main() {
	f := &failer{}
	AssertEqual(f, 1, 1)
	AssertEqual(f, "1", "1")
	AssertEqual(f, 1, 2)
	s := new(Stack[int])
	AssertTrue(f, s.IsEmpty())
	s.Push(123)
	AssertFalse(f, s.IsEmpty())
	s.Push(456)
	v, _ := s.Pop()
	AssertEqual(f, v, 456)
	v, _ = s.Pop()
	AssertEqual(f, v, 123)
	AssertTrue(f, s.IsEmpty())
	_, ok := s.Pop()
	AssertFalse(f, ok)
	ss := Stack[string]{}
	ss.Push("a")
	top, _ := ss.Pop()
	fmt.Printf("%q %T %T\n", top, ss, s)
	fmt.Println(MaxOf(3, 9, 2), MaxOf("b", "a"), MaxOf[float64]())
	fmt.Println("fails:", f.fails)
}
