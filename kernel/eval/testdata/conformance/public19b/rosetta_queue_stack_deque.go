package main

import (
	"errors"
	"fmt"
)

var ErrEmpty = errors.New("empty")

type Deque[T any] struct {
	buf        []T
	head, size int
}

func (d *Deque[T]) grow() {
	nb := make([]T, max(4, 2*len(d.buf)))
	for i := range d.size {
		nb[i] = d.buf[(d.head+i)%len(d.buf)]
	}
	d.buf, d.head = nb, 0
}

func (d *Deque[T]) PushBack(v T) {
	if d.size == len(d.buf) {
		d.grow()
	}
	d.buf[(d.head+d.size)%len(d.buf)] = v
	d.size++
}

func (d *Deque[T]) PushFront(v T) {
	if d.size == len(d.buf) {
		d.grow()
	}
	d.head = (d.head - 1 + len(d.buf)) % len(d.buf)
	d.buf[d.head] = v
	d.size++
}

func (d *Deque[T]) PopFront() (T, error) {
	var z T
	if d.size == 0 {
		return z, ErrEmpty
	}
	v := d.buf[d.head]
	d.buf[d.head] = z
	d.head = (d.head + 1) % len(d.buf)
	d.size--
	return v, nil
}

func (d *Deque[T]) PopBack() (T, error) {
	var z T
	if d.size == 0 {
		return z, ErrEmpty
	}
	i := (d.head + d.size - 1) % len(d.buf)
	v := d.buf[i]
	d.buf[i] = z
	d.size--
	return v, nil
}

func (d *Deque[T]) Slice() []T {
	out := make([]T, d.size)
	for i := range d.size {
		out[i] = d.buf[(d.head+i)%len(d.buf)]
	}
	return out
}

func main() {
	var d Deque[int]
	for i := range 5 {
		d.PushBack(i)
		d.PushFront(-i)
	}
	fmt.Println(d.Slice(), d.size, len(d.buf))
	f, _ := d.PopFront()
	b, _ := d.PopBack()
	fmt.Println(f, b, d.Slice())
	for {
		v, err := d.PopBack()
		if errors.Is(err, ErrEmpty) {
			fmt.Println("drained:", err)
			break
		}
		fmt.Print(v, " ")
	}
	var sd Deque[string]
	for _, w := range []string{"racecar", "level", "gopher"} {
		for _, r := range w {
			sd.PushBack(string(r))
		}
		pal := true
		for sd.size > 1 {
			a, _ := sd.PopFront()
			z, _ := sd.PopBack()
			if a != z {
				pal = false
			}
		}
		sd.PopFront()
		fmt.Println(w, pal)
	}
	window := func(xs []int, k int) []int {
		var dq Deque[int]
		var out []int
		for i, x := range xs {
			for dq.size > 0 {
				last := dq.Slice()[dq.size-1]
				if xs[last] > x {
					break
				}
				dq.PopBack()
			}
			dq.PushBack(i)
			if first := dq.Slice()[0]; first <= i-k {
				dq.PopFront()
			}
			if i >= k-1 {
				out = append(out, xs[dq.Slice()[0]])
			}
		}
		return out
	}
	fmt.Println(window([]int{1, 3, -1, -3, 5, 3, 6, 7}, 3))
}
