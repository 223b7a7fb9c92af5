package main

import (
	"errors"
	"fmt"
)

type Deque[T any] struct {
	buf        []T
	head, size int
}

var ErrEmpty = errors.New("deque is empty")

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
	var zero T
	if d.size == 0 {
		return zero, ErrEmpty
	}
	v := d.buf[d.head]
	d.buf[d.head] = zero
	d.head = (d.head + 1) % len(d.buf)
	d.size--
	return v, nil
}

func (d *Deque[T]) PopBack() (T, error) {
	var zero T
	if d.size == 0 {
		return zero, ErrEmpty
	}
	i := (d.head + d.size - 1) % len(d.buf)
	v := d.buf[i]
	d.buf[i] = zero
	d.size--
	return v, nil
}

func (d *Deque[T]) Len() int { return d.size }

// slidingMax returns the max of each window of k using a monotonic deque.
func slidingMax(nums []int, k int) []int {
	var dq Deque[int]
	var out []int
	for i, n := range nums {
		for dq.Len() > 0 {
			back, _ := dq.PopBack()
			if nums[back] > n {
				dq.PushBack(back)
				break
			}
		}
		dq.PushBack(i)
		if front, _ := dq.PopFront(); front > i-k {
			dq.PushFront(front)
		}
		if i >= k-1 {
			front, _ := dq.PopFront()
			out = append(out, nums[front])
			dq.PushFront(front)
		}
	}
	return out
}

func isPalindrome(s string) bool {
	var d Deque[rune]
	for _, r := range s {
		d.PushBack(r)
	}
	for d.Len() > 1 {
		a, _ := d.PopFront()
		b, _ := d.PopBack()
		if a != b {
			return false
		}
	}
	return true
}

func main() {
	var d Deque[string]
	for i, w := range []string{"a", "b", "c", "d", "e", "f"} {
		if i%2 == 0 {
			d.PushBack(w)
		} else {
			d.PushFront(w)
		}
	}
	for d.Len() > 0 {
		v, _ := d.PopFront()
		fmt.Print(v, " ")
	}
	_, err := d.PopBack()
	fmt.Println(err, errors.Is(err, ErrEmpty))
	fmt.Println(slidingMax([]int{1, 3, -1, -3, 5, 3, 6, 7}, 3))
	fmt.Println(isPalindrome("racecar"), isPalindrome("기러기"), isPalindrome("gopher"))
}
