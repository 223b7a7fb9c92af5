package main

import (
	"errors"
	"fmt"
	"iter"
)

var ErrEmpty = errors.New("ring: empty")

type Ring[T any] struct {
	buf        []T
	head, size int
	overwrite  bool
}

func NewRing[T any](n int, overwrite bool) *Ring[T] {
	return &Ring[T]{buf: make([]T, n), overwrite: overwrite}
}

func (r *Ring[T]) Push(v T) error {
	if r.size == len(r.buf) {
		if !r.overwrite {
			return fmt.Errorf("ring: full (cap %d), dropping %v", len(r.buf), v)
		}
		r.buf[r.head] = v
		r.head = (r.head + 1) % len(r.buf)
		return nil
	}
	r.buf[(r.head+r.size)%len(r.buf)] = v
	r.size++
	return nil
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

func (r *Ring[T]) All() iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		for i := 0; i < r.size; i++ {
			if !yield(i, r.buf[(r.head+i)%len(r.buf)]) {
				return
			}
		}
	}
}

type sample struct {
	t int
	v float64
}

func (s sample) String() string { return fmt.Sprintf("t%d:%.1f", s.t, s.v) }

func main() {
	r := NewRing[int](3, false)
	for i := 1; i <= 5; i++ {
		if err := r.Push(i * 10); err != nil {
			fmt.Println("error:", err)
		}
	}
	for {
		v, err := r.Pop()
		if errors.Is(err, ErrEmpty) {
			fmt.Println("drained:", err)
			break
		}
		fmt.Print(v, " ")
	}
	w := NewRing[sample](4, true)
	for i := 0; i < 10; i++ {
		w.Push(sample{i, float64(i) * 1.5})
	}
	for i, s := range w.All() {
		fmt.Println(i, s)
	}
	var sum float64
	for _, s := range w.All() {
		sum += s.v
	}
	fmt.Printf("avg %.3f %v\n", sum/float64(w.size), w.buf)
	x, _ := w.Pop()
	fmt.Printf("%v %+v %s\n", x, x, x)
}
