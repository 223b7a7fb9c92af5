package main

import (
	"errors"
	"fmt"
)

var ErrEmpty = errors.New("container is empty")

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v ...T) { s.items = append(s.items, v...) }
func (s *Stack[T]) Pop() (T, error) {
	var zero T
	if len(s.items) == 0 {
		return zero, fmt.Errorf("pop: %w", ErrEmpty)
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, nil
}
func (s Stack[T]) Peek() (T, bool) {
	if len(s.items) == 0 {
		var z T
		return z, false
	}
	return s.items[len(s.items)-1], true
}
func (s Stack[T]) Len() int { return len(s.items) }

type Queue[T any] struct {
	buf        []T
	head, size int
}

func NewQueue[T any](capacity int) *Queue[T] { return &Queue[T]{buf: make([]T, capacity)} }

func (q *Queue[T]) Enqueue(v T) {
	if q.size == len(q.buf) {
		nb := make([]T, max(1, 2*len(q.buf)))
		for i := 0; i < q.size; i++ {
			nb[i] = q.buf[(q.head+i)%len(q.buf)]
		}
		q.buf, q.head = nb, 0
	}
	q.buf[(q.head+q.size)%len(q.buf)] = v
	q.size++
}

func (q *Queue[T]) Dequeue() (T, error) {
	var zero T
	if q.size == 0 {
		return zero, ErrEmpty
	}
	v := q.buf[q.head]
	q.buf[q.head] = zero
	q.head = (q.head + 1) % len(q.buf)
	q.size--
	return v, nil
}

type Container[T any] interface {
	Len() int
}

func Drain[T any](pop func() (T, error)) []T {
	var out []T
	for {
		v, err := pop()
		if err != nil {
			break
		}
		out = append(out, v)
	}
	return out
}

func balanced(s string) bool {
	var st Stack[rune]
	pairs := map[rune]rune{')': '(', ']': '[', '}': '{'}
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
	var s Stack[string]
	s.Push("a", "b", "c")
	top, _ := s.Peek()
	fmt.Println(top, s.Len())
	fmt.Println(Drain(s.Pop))
	_, err := s.Pop()
	fmt.Println(err, errors.Is(err, ErrEmpty))
	q := NewQueue[int](2)
	for i := 1; i <= 5; i++ {
		q.Enqueue(i * 10)
		if i%2 == 0 {
			v, _ := q.Dequeue()
			fmt.Print(v, " ")
		}
	}
	fmt.Println(Drain(q.Dequeue), len(q.buf))
	for _, t := range []string{"([]{})", "([)]", "((", "", "}"} {
		fmt.Printf("%q:%v ", t, balanced(t))
	}
	fmt.Println()
	var c Container[int] = &Stack[int]{}
	fmt.Printf("%T %d\n", c, c.Len())
	z := NewQueue[struct{ a, b int }](0)
	z.Enqueue(struct{ a, b int }{1, 2})
	fmt.Println(z.Dequeue())
}
