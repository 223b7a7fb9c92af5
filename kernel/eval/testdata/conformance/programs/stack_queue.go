package main

import (
	"errors"
	"fmt"
)

var ErrEmpty = errors.New("empty")

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }
func (s *Stack[T]) Pop() (T, error) {
	var zero T
	if len(s.items) == 0 {
		return zero, ErrEmpty
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, nil
}
func (s Stack[T]) Len() int { return len(s.items) }

type Queue struct {
	buf        []int
	head, tail int
	n          int
}

func NewQueue(c int) *Queue { return &Queue{buf: make([]int, c)} }

func (q *Queue) Enqueue(v int) error {
	if q.n == len(q.buf) {
		return fmt.Errorf("queue full (cap %d)", len(q.buf))
	}
	q.buf[q.tail] = v
	q.tail = (q.tail + 1) % len(q.buf)
	q.n++
	return nil
}

func (q *Queue) Dequeue() (int, bool) {
	if q.n == 0 {
		return 0, false
	}
	v := q.buf[q.head]
	q.head = (q.head + 1) % len(q.buf)
	q.n--
	return v, true
}

func balanced(s string) bool {
	var st Stack[rune]
	pairs := map[rune]rune{')': '(', ']': '[', '}': '{'}
	for _, c := range s {
		switch c {
		case '(', '[', '{':
			st.Push(c)
		case ')', ']', '}':
			top, err := st.Pop()
			if err != nil || top != pairs[c] {
				return false
			}
		}
	}
	return st.Len() == 0
}

func main() {
	var s Stack[string]
	s.Push("a")
	s.Push("b")
	fmt.Println(s.Len())
	for {
		v, err := s.Pop()
		if errors.Is(err, ErrEmpty) {
			fmt.Println("done:", err)
			break
		}
		fmt.Println(v)
	}
	q := NewQueue(3)
	for i := 1; i <= 4; i++ {
		if err := q.Enqueue(i); err != nil {
			fmt.Println(err)
		}
	}
	v, _ := q.Dequeue()
	q.Enqueue(5)
	fmt.Println(v, q.buf, q.n)
	for v, ok := q.Dequeue(); ok; v, ok = q.Dequeue() {
		fmt.Print(v, " ")
	}
	fmt.Println()
	for _, t := range []string{"([]{})", "([)]", "((", ""} {
		fmt.Printf("%q %v\n", t, balanced(t))
	}
}
