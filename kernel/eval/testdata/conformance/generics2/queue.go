package main

import (
	"errors"
	"fmt"
)

var ErrEmpty = errors.New("queue is empty")

type Queue[T any] struct {
	buf        []T
	head, size int
}

func NewQueue[T any](capacity int) *Queue[T] {
	return &Queue[T]{buf: make([]T, capacity)}
}

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

func main() {
	q := NewQueue[int](2)
	for i := range 5 {
		q.Enqueue(i * i)
	}
	fmt.Println(q.size, len(q.buf))
	for {
		v, err := q.Dequeue()
		if err != nil {
			fmt.Println("err:", err, errors.Is(err, ErrEmpty))
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
}
