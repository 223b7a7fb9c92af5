package main

import (
	"fmt"
	"iter"
	"strings"
)

type Deque[T any] struct {
	buf        []T
	head, size int
}

func (d *Deque[T]) grow() {
	nb := make([]T, max(4, 2*len(d.buf)))
	for i := 0; i < d.size; i++ {
		nb[i] = d.buf[(d.head+i)%len(d.buf)]
	}
	d.buf, d.head = nb, 0
}

func (d *Deque[T]) PushBack(x T) {
	if d.size == len(d.buf) {
		d.grow()
	}
	d.buf[(d.head+d.size)%len(d.buf)] = x
	d.size++
}

func (d *Deque[T]) PushFront(x T) {
	if d.size == len(d.buf) {
		d.grow()
	}
	d.head = (d.head - 1 + len(d.buf)) % len(d.buf)
	d.buf[d.head] = x
	d.size++
}

func (d *Deque[T]) PopFront() (T, bool) {
	var z T
	if d.size == 0 {
		return z, false
	}
	x := d.buf[d.head]
	d.buf[d.head] = z
	d.head = (d.head + 1) % len(d.buf)
	d.size--
	return x, true
}

func (d *Deque[T]) PopBack() (T, bool) {
	var z T
	if d.size == 0 {
		return z, false
	}
	i := (d.head + d.size - 1) % len(d.buf)
	x := d.buf[i]
	d.buf[i] = z
	d.size--
	return x, true
}

func (d *Deque[T]) All() iter.Seq[T] {
	return func(yield func(T) bool) {
		for i := 0; i < d.size; i++ {
			if !yield(d.buf[(d.head+i)%len(d.buf)]) {
				return
			}
		}
	}
}

func (d *Deque[T]) String() string {
	var parts []string
	for x := range d.All() {
		parts = append(parts, fmt.Sprint(x))
	}
	return "<" + strings.Join(parts, " ") + ">"
}

// sliding window maximum with a monotonic deque of indices
func windowMax(a []int, k int) []int {
	var dq Deque[int]
	var out []int
	for i, x := range a {
		for dq.size > 0 {
			back, _ := dq.PopBack()
			if a[back] > x {
				dq.PushBack(back)
				break
			}
		}
		dq.PushBack(i)
		if front, _ := dq.PopFront(); front > i-k {
			dq.PushFront(front)
		}
		if i >= k-1 {
			f, _ := dq.PopFront()
			dq.PushFront(f)
			out = append(out, a[f])
		}
	}
	return out
}

func isPalindrome(s string) bool {
	var d Deque[rune]
	for _, r := range strings.ToLower(s) {
		if r >= 'a' && r <= 'z' {
			d.PushBack(r)
		}
	}
	for d.size > 1 {
		a, _ := d.PopFront()
		b, _ := d.PopBack()
		if a != b {
			return false
		}
	}
	return true
}

func main() {
	var d Deque[int]
	for i := 1; i <= 5; i++ {
		d.PushBack(i)
		d.PushFront(-i)
	}
	fmt.Println(&d, d.size, len(d.buf))
	a, _ := d.PopFront()
	b, _ := d.PopBack()
	fmt.Println(a, b, d.String())
	fmt.Println(windowMax([]int{1, 3, -1, -3, 5, 3, 6, 7}, 3))
	for _, s := range []string{"A man, a plan, a canal: Panama", "race a car", ""} {
		fmt.Print(isPalindrome(s), " ")
	}
	fmt.Println()
	var e Deque[string]
	_, ok := e.PopBack()
	fmt.Println(ok, e.String())
}
