package main

import (
	"container/ring"
	"errors"
	"fmt"
	"iter"
	"strings"
)

type Ring[T any] struct {
	buf        []T
	head, size int
}

var ErrEmpty = errors.New("ring empty")

func NewRing[T any](n int) *Ring[T] { return &Ring[T]{buf: make([]T, n)} }

func (r *Ring[T]) Push(v T) (evicted T, full bool) {
	idx := (r.head + r.size) % len(r.buf)
	if r.size == len(r.buf) {
		evicted, full = r.buf[r.head], true
		r.buf[r.head] = v
		r.head = (r.head + 1) % len(r.buf)
		return
	}
	r.buf[idx] = v
	r.size++
	return
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
		for i := range r.size {
			if !yield(i, r.buf[(r.head+i)%len(r.buf)]) {
				return
			}
		}
	}
}

func (r *Ring[T]) String() string {
	var parts []string
	for _, v := range r.All() {
		parts = append(parts, fmt.Sprint(v))
	}
	return "<" + strings.Join(parts, " ") + ">"
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
	for _, s := range strings.Fields("a b c d e") {
		if ev, full := r.Push(s); full {
			fmt.Print("evict ", ev, "; ")
		}
	}
	fmt.Println(r)
	for {
		v, err := r.Pop()
		if errors.Is(err, ErrEmpty) {
			fmt.Println("empty")
			break
		}
		fmt.Print(v, " ")
	}
	ma := &MovingAvg{r: NewRing[float64](3)}
	for _, x := range []float64{1, 2, 3, 4, 10} {
		fmt.Printf("%.3f ", ma.Add(x))
	}
	fmt.Println(ma.r)

	cr := ring.New(5)
	for i := range cr.Len() {
		cr.Value = i * i
		cr = cr.Next()
	}
	cr.Do(func(v any) { fmt.Print(v, ",") })
	fmt.Println()
	removed := cr.Unlink(2)
	fmt.Println(cr.Len(), removed.Len())
	sum := 0
	cr.Move(1).Do(func(v any) { sum += v.(int) })
	fmt.Println(sum, cr.Prev().Value)
}
