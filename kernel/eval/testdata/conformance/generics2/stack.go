package main

import "fmt"

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

func (s *Stack[T]) Peek() (T, bool) {
	if len(s.items) == 0 {
		var zero T
		return zero, false
	}
	return s.items[len(s.items)-1], true
}

func (s Stack[T]) Len() int { return len(s.items) }

func main() {
	var s Stack[string]
	s.Push("a")
	s.Push("b")
	top, _ := s.Peek()
	fmt.Println(top, s.Len())
	for s.Len() > 0 {
		v, ok := s.Pop()
		fmt.Println(v, ok)
	}
	v, ok := s.Pop()
	fmt.Printf("%q %v\n", v, ok)
	ns := &Stack[float64]{}
	ns.Push(1.5)
	fmt.Printf("%v %T\n", ns.items, ns)
}
