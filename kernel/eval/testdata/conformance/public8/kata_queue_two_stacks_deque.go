package main

import (
	"errors"
	"fmt"
)

type Queue[T any] struct{ in, out []T }

func (q *Queue[T]) Push(v T) { q.in = append(q.in, v) }

func (q *Queue[T]) Pop() (T, error) {
	if len(q.out) == 0 {
		for len(q.in) > 0 {
			n := len(q.in) - 1
			q.out = append(q.out, q.in[n])
			q.in = q.in[:n]
		}
	}
	if len(q.out) == 0 {
		var zero T
		return zero, errors.New("empty queue")
	}
	n := len(q.out) - 1
	v := q.out[n]
	q.out = q.out[:n]
	return v, nil
}

func (q *Queue[T]) Len() int { return len(q.in) + len(q.out) }

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

func (d *Deque[T]) PopFront() T {
	v := d.buf[d.head]
	d.head = (d.head + 1) % len(d.buf)
	d.size--
	return v
}

func (d *Deque[T]) PopBack() T {
	d.size--
	return d.buf[(d.head+d.size)%len(d.buf)]
}

func slidingMax(xs []int, k int) []int {
	var dq Deque[int]
	var out []int
	for i, x := range xs {
		for dq.size > 0 && xs[dq.buf[(dq.head+dq.size-1)%len(dq.buf)]] <= x {
			dq.PopBack()
		}
		dq.PushBack(i)
		if dq.buf[dq.head] <= i-k {
			dq.PopFront()
		}
		if i >= k-1 {
			out = append(out, xs[dq.buf[dq.head]])
		}
	}
	return out
}

func main() {
	var q Queue[string]
	for _, s := range []string{"a", "b", "c"} {
		q.Push(s)
	}
	v, _ := q.Pop()
	q.Push("d")
	fmt.Print(v, " ")
	for q.Len() > 0 {
		v, _ := q.Pop()
		fmt.Print(v, " ")
	}
	_, err := q.Pop()
	fmt.Println(err)
	var d Deque[int]
	for i := range 6 {
		if i%2 == 0 {
			d.PushBack(i)
		} else {
			d.PushFront(i)
		}
	}
	fmt.Print(d.size, ": ")
	for d.size > 0 {
		fmt.Print(d.PopFront(), " ")
	}
	fmt.Println()
	fmt.Println(slidingMax([]int{1, 3, -1, -3, 5, 3, 6, 7}, 3))
}
