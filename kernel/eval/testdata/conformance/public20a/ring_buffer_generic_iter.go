package main

import (
	"errors"
	"fmt"
	"iter"
)

var ErrFull = errors.New("ring full")

type Ring[T any] struct {
	buf        []T
	head, size int
	overwrite  bool
}

func NewRing[T any](n int, overwrite bool) *Ring[T] {
	return &Ring[T]{buf: make([]T, n), overwrite: overwrite}
}

func (r *Ring[T]) Put(v T) error {
	if r.size == len(r.buf) {
		if !r.overwrite {
			return fmt.Errorf("put %v: %w", v, ErrFull)
		}
		r.buf[r.head] = v
		r.head = (r.head + 1) % len(r.buf)
		return nil
	}
	r.buf[(r.head+r.size)%len(r.buf)] = v
	r.size++
	return nil
}

func (r *Ring[T]) Get() (T, bool) {
	var zero T
	if r.size == 0 {
		return zero, false
	}
	v := r.buf[r.head]
	r.buf[r.head] = zero
	r.head = (r.head + 1) % len(r.buf)
	r.size--
	return v, true
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

func main() {
	r := NewRing[int](3, false)
	for i := 1; i <= 4; i++ {
		if err := r.Put(i); err != nil {
			fmt.Println(err, errors.Is(err, ErrFull))
		}
	}
	for i, v := range r.All() {
		fmt.Print(i, ":", v, " ")
	}
	fmt.Println()
	v, ok := r.Get()
	fmt.Println(v, ok)
	r.Put(10)
	for _, v := range r.All() {
		fmt.Print(v, " ")
	}
	fmt.Println()
	o := NewRing[string](2, true)
	for _, s := range []string{"a", "b", "c", "d", "e"} {
		o.Put(s)
	}
	for i, v := range o.All() {
		if i > 0 {
			break
		}
		fmt.Println("first", v)
	}
	for {
		v, ok := o.Get()
		if !ok {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println(o.size)
	type point struct{ x, y int }
	pr := NewRing[point](2, true)
	pr.Put(point{1, 2})
	pr.Put(point{3, 4})
	pr.Put(point{5, 6})
	fmt.Printf("%+v\n", pr.buf)
}
