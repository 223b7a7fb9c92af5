package main

import (
	"fmt"
	"iter"
	"slices"
)

type Ring[T any] struct {
	buf   []T
	start int
	n     int
}

func NewRing[T any](capacity int) *Ring[T] { return &Ring[T]{buf: make([]T, capacity)} }

func (r *Ring[T]) Push(v T) (evicted T, ok bool) {
	if r.n < len(r.buf) {
		r.buf[(r.start+r.n)%len(r.buf)] = v
		r.n++
		return evicted, false
	}
	evicted = r.buf[r.start]
	r.buf[r.start] = v
	r.start = (r.start + 1) % len(r.buf)
	return evicted, true
}

func (r *Ring[T]) All() iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		for i := range r.n {
			if !yield(i, r.buf[(r.start+i)%len(r.buf)]) {
				return
			}
		}
	}
}

func (r *Ring[T]) Values() iter.Seq[T] {
	return func(yield func(T) bool) {
		for _, v := range r.All() {
			if !yield(v) {
				return
			}
		}
	}
}

func MovingAvg(r *Ring[float64]) float64 {
	s := 0.0
	for v := range r.Values() {
		s += v
	}
	return s / float64(r.n)
}

func main() {
	r := NewRing[float64](3)
	for _, v := range []float64{10, 20, 30, 40, 50} {
		old, ev := r.Push(v)
		fmt.Printf("push %v evicted=%v(%v) avg=%.2f\n", v, old, ev, MovingAvg(r))
	}
	fmt.Println(slices.Collect(r.Values()))
	for i, v := range r.All() {
		if i == 1 {
			break
		}
		fmt.Println("first", v)
	}
	logs := NewRing[string](2)
	for _, l := range []string{"a", "b", "c"} {
		logs.Push(l)
	}
	fmt.Println(slices.Collect(logs.Values()), logs.n)
}
