package main

import "fmt"

type Stack[T any] struct {
	items []T
}

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

func (s Stack[T]) Len() int { return len(s.items) }

func (s *Stack[T]) Peek() (v T, ok bool) {
	if len(s.items) > 0 {
		return s.items[len(s.items)-1], true
	}
	return
}

func main() {
	var ints Stack[int]
	for i := range 3 {
		ints.Push(i * i)
	}
	fmt.Println(ints.Len())
	for {
		v, ok := ints.Pop()
		if !ok {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	strs := &Stack[string]{}
	strs.Push("a")
	fmt.Println(strs.Peek())
	var empty Stack[[]byte]
	v, ok := empty.Pop()
	fmt.Println(v == nil, ok)
	fmt.Printf("%T %+v\n", ints, *strs)
}
