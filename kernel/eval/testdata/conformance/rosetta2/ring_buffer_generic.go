package main

import (
	"errors"
	"fmt"
)

var ErrEmpty = errors.New("ring: empty")

type Ring[T any] struct {
	buf        []T
	head, size int
}

func NewRing[T any](n int) *Ring[T] { return &Ring[T]{buf: make([]T, n)} }

func (r *Ring[T]) Push(v T) (overwritten bool) {
	tail := (r.head + r.size) % len(r.buf)
	r.buf[tail] = v
	if r.size == len(r.buf) {
		r.head = (r.head + 1) % len(r.buf)
		return true
	}
	r.size++
	return false
}

func (r *Ring[T]) Pop() (T, error) {
	var zero T
	if r.size == 0 {
		return zero, ErrEmpty
	}
	v := r.buf[r.head]
	r.buf[r.head] = zero
	r.head = (r.head + 1) % len(r.buf)
	r.size--
	return v, nil
}

func (r *Ring[T]) Items() []T {
	out := make([]T, 0, r.size)
	for i := 0; i < r.size; i++ {
		out = append(out, r.buf[(r.head+i)%len(r.buf)])
	}
	return out
}

func main() {
	r := NewRing[int](3)
	for i := 1; i <= 5; i++ {
		fmt.Println("push", i, "overwrote:", r.Push(i))
	}
	fmt.Println(r.Items())
	for {
		v, err := r.Pop()
		if err != nil {
			fmt.Println(err)
			break
		}
		fmt.Println("pop", v)
	}
	s := NewRing[string](2)
	s.Push("a")
	s.Push("b")
	s.Push("c")
	fmt.Printf("%q\n", s.Items())
}
