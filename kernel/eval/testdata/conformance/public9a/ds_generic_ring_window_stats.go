package main

import (
	"fmt"
	"math"
)

type Number interface {
	~int | ~int64 | ~float64
}

// Window keeps the last n values and running statistics over them.
type Window[T Number] struct {
	buf   []T
	next  int
	full  bool
	sum   float64
	sumSq float64
}

func NewWindow[T Number](n int) *Window[T] { return &Window[T]{buf: make([]T, n)} }

func (w *Window[T]) Add(v T) (evicted T, ok bool) {
	if w.full {
		evicted, ok = w.buf[w.next], true
		w.sum -= float64(evicted)
		w.sumSq -= float64(evicted) * float64(evicted)
	}
	w.buf[w.next] = v
	w.sum += float64(v)
	w.sumSq += float64(v) * float64(v)
	w.next = (w.next + 1) % len(w.buf)
	if w.next == 0 {
		w.full = true
	}
	return
}

func (w *Window[T]) Len() int {
	if w.full {
		return len(w.buf)
	}
	return w.next
}

func (w *Window[T]) Mean() float64 { return w.sum / float64(w.Len()) }

func (w *Window[T]) Std() float64 {
	n := float64(w.Len())
	m := w.Mean()
	return math.Sqrt(math.Max(0, w.sumSq/n-m*m))
}

func (w *Window[T]) Values() []T {
	out := make([]T, 0, w.Len())
	start := 0
	if w.full {
		start = w.next
	}
	for i := 0; i < w.Len(); i++ {
		out = append(out, w.buf[(start+i)%len(w.buf)])
	}
	return out
}

type Millis int64

func main() {
	w := NewWindow[Millis](4)
	for _, v := range []Millis{120, 80, 100, 300, 90, 110} {
		ev, ok := w.Add(v)
		fmt.Printf("add %-4d evicted=%-4d %-5v len=%d mean=%7.2f std=%6.2f %v\n", v, ev, ok, w.Len(), w.Mean(), w.Std(), w.Values())
	}
	f := NewWindow[float64](3)
	for _, v := range []float64{0.5, 1.5, -2, 4} {
		f.Add(v)
	}
	fmt.Printf("%.4f %.4f %v\n", f.Mean(), f.Std(), f.Values())
	empty := NewWindow[int](2)
	fmt.Println(empty.Len(), math.IsNaN(empty.Mean()), empty.Values())
}
