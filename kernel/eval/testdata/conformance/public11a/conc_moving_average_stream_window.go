package main

import (
	"fmt"
	"math"
)

type Window struct {
	buf  []float64
	next int
	full bool
	sum  float64
}

func NewWindow(n int) *Window { return &Window{buf: make([]float64, n)} }

func (w *Window) Push(v float64) float64 {
	if w.full {
		w.sum -= w.buf[w.next]
	}
	w.buf[w.next] = v
	w.sum += v
	w.next = (w.next + 1) % len(w.buf)
	if w.next == 0 {
		w.full = true
	}
	n := len(w.buf)
	if !w.full {
		n = w.next
	}
	return w.sum / float64(n)
}

func source(vals []float64) <-chan float64 {
	out := make(chan float64)
	go func() {
		defer close(out)
		for _, v := range vals {
			out <- v
		}
	}()
	return out
}

func smooth(in <-chan float64, n int) <-chan float64 {
	out := make(chan float64)
	go func() {
		defer close(out)
		w := NewWindow(n)
		for v := range in {
			out <- w.Push(v)
		}
	}()
	return out
}

func anomalies(in <-chan float64, raw []float64, limit float64) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		i := 0
		for avg := range in {
			if d := math.Abs(raw[i] - avg); d > limit {
				out <- fmt.Sprintf("t=%d value %.1f deviates %.2f from %.2f", i, raw[i], d, avg)
			}
			i++
		}
	}()
	return out
}

func main() {
	raw := []float64{10, 11, 10, 12, 30, 11, 10, 9, 10, -5, 10, 11}
	for avg := range smooth(source(raw[:5]), 3) {
		fmt.Printf("%.3f ", avg)
	}
	fmt.Println()
	for a := range anomalies(smooth(source(raw), 4), raw, 6) {
		fmt.Println(a)
	}
}
