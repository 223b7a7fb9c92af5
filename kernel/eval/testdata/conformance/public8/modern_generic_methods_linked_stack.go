package main

import (
	"errors"
	"fmt"
	"iter"
)

type Stack[T any] struct {
	top  *frame[T]
	size int
}

type frame[T any] struct {
	val  T
	next *frame[T]
}

var ErrEmpty = errors.New("empty stack")

func (s *Stack[T]) Push(vs ...T) *Stack[T] {
	for _, v := range vs {
		s.top = &frame[T]{v, s.top}
		s.size++
	}
	return s
}

func (s *Stack[T]) Pop() (T, error) {
	var zero T
	if s.top == nil {
		return zero, ErrEmpty
	}
	v := s.top.val
	s.top = s.top.next
	s.size--
	return v, nil
}

func (s *Stack[T]) Peek() (v T, ok bool) {
	if s.top != nil {
		v, ok = s.top.val, true
	}
	return
}

func (s Stack[T]) Len() int { return s.size }

func (s *Stack[T]) All() iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		i := 0
		for f := s.top; f != nil; f = f.next {
			if !yield(i, f.val) {
				return
			}
			i++
		}
	}
}

func balanced(s string) bool {
	pairs := map[rune]rune{')': '(', ']': '[', '}': '{'}
	var st Stack[rune]
	for _, r := range s {
		switch r {
		case '(', '[', '{':
			st.Push(r)
		case ')', ']', '}':
			top, err := st.Pop()
			if err != nil || top != pairs[r] {
				return false
			}
		}
	}
	return st.Len() == 0
}

func main() {
	s := new(Stack[string]).Push("a", "b", "c")
	for i, v := range s.All() {
		fmt.Print(i, ":", v, " ")
	}
	fmt.Println(s.Len())
	v, err := s.Pop()
	fmt.Println(v, err)
	top, ok := s.Peek()
	fmt.Println(top, ok)
	s.Pop()
	s.Pop()
	_, err = s.Pop()
	fmt.Println(err, errors.Is(err, ErrEmpty), s.Len())
	_, ok = s.Peek()
	fmt.Println(ok)
	for _, t := range []string{"([]{})", "([)]", "((", "", "{[()()]}"} {
		fmt.Printf("%q %v\n", t, balanced(t))
	}
	type pt struct{ x, y int }
	ps := Stack[pt]{}
	ps.Push(pt{1, 2}, pt{3, 4})
	p, _ := ps.Pop()
	fmt.Printf("%+v %d\n", p, ps.Len())
}
