// Generic Stack and Queue with Optional-style Pop (value, ok), a ring
// buffer queue that grows, and a Peek that returns the zero value.
package main

import (
	"errors"
	"fmt"
)

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v ...T) { s.items = append(s.items, v...) }

func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

func (s Stack[T]) Peek() (v T) {
	if len(s.items) > 0 {
		v = s.items[len(s.items)-1]
	}
	return
}

var ErrEmpty = errors.New("queue is empty")

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
		return zero, fmt.Errorf("dequeue: %w", ErrEmpty)
	}
	v := q.buf[q.head]
	q.buf[q.head] = zero
	q.head = (q.head + 1) % len(q.buf)
	q.size--
	return v, nil
}

func main() {
	var s Stack[string]
	s.Push("a", "b", "c")
	fmt.Println(s.Peek())
	for {
		v, ok := s.Pop()
		if !ok {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println(s.Peek() == "")

	q := NewQueue[*int](1)
	for i := range 5 {
		q.Enqueue(&i)
	}
	for {
		v, err := q.Dequeue()
		if errors.Is(err, ErrEmpty) {
			fmt.Println(err)
			break
		}
		fmt.Print(*v, " ")
	}
	var ps Stack[[2]int]
	ps.Push([2]int{1, 2})
	top, _ := ps.Pop()
	fmt.Println(top, len(ps.items))
}
