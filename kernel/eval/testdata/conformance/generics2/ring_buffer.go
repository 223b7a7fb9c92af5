package main

import "fmt"

type Ring[T any] struct {
	buf  []T
	next int
	full bool
}

func NewRing[T any](n int) *Ring[T] { return &Ring[T]{buf: make([]T, n)} }

func (r *Ring[T]) Add(v T) {
	r.buf[r.next] = v
	r.next = (r.next + 1) % len(r.buf)
	if r.next == 0 {
		r.full = true
	}
}

func (r *Ring[T]) Snapshot() []T {
	if !r.full {
		return append([]T(nil), r.buf[:r.next]...)
	}
	return append(append([]T(nil), r.buf[r.next:]...), r.buf[:r.next]...)
}

func main() {
	r := NewRing[int](3)
	r.Add(1)
	fmt.Println(r.Snapshot())
	for i := 2; i <= 5; i++ {
		r.Add(i)
	}
	fmt.Println(r.Snapshot(), r.full)
	s := NewRing[string](2)
	s.Add("x")
	s.Add("y")
	s.Add("z")
	fmt.Printf("%q\n", s.Snapshot())
}
