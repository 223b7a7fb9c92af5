package main

import (
	"errors"
	"fmt"
)

var ErrEmpty = errors.New("ring: empty")

type Ring[T any] struct {
	buf         []T
	start, size int
}

func NewRing[T any](n int) *Ring[T] { return &Ring[T]{buf: make([]T, n)} }

func (r *Ring[T]) Push(v T) (evicted T, full bool) {
	if r.size == len(r.buf) {
		evicted = r.buf[r.start]
		r.buf[r.start] = v
		r.start = (r.start + 1) % len(r.buf)
		return evicted, true
	}
	r.buf[(r.start+r.size)%len(r.buf)] = v
	r.size++
	return evicted, false
}

func (r *Ring[T]) Pop() (T, error) {
	var zero T
	if r.size == 0 {
		return zero, ErrEmpty
	}
	v := r.buf[r.start]
	r.start = (r.start + 1) % len(r.buf)
	r.size--
	return v, nil
}

func (r *Ring[T]) Slice() []T {
	out := make([]T, r.size)
	for i := range r.size {
		out[i] = r.buf[(r.start+i)%len(r.buf)]
	}
	return out
}

type MovingAvg struct {
	r   *Ring[float64]
	sum float64
}

func (m *MovingAvg) Add(x float64) float64 {
	if old, full := m.r.Push(x); full {
		m.sum -= old
	}
	m.sum += x
	return m.sum / float64(m.r.size)
}

func main() {
	r := NewRing[string](3)
	for _, s := range []string{"a", "b", "c", "d", "e"} {
		ev, full := r.Push(s)
		fmt.Printf("push %s evicted=%q full=%v -> %v\n", s, ev, full, r.Slice())
	}
	for {
		v, err := r.Pop()
		if err != nil {
			fmt.Println(err)
			break
		}
		fmt.Print(v, " ")
	}
	ma := &MovingAvg{r: NewRing[float64](3)}
	for _, x := range []float64{1, 2, 3, 4, 5, 10} {
		fmt.Printf("%.3f ", ma.Add(x))
	}
	fmt.Println()
}
