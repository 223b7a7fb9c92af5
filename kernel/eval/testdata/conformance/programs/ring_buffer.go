package main

import (
	"errors"
	"fmt"
)

var ErrFull = errors.New("ring full")

type Ring struct {
	data       []int
	start, len int
}

func NewRing(n int) *Ring { return &Ring{data: make([]int, n)} }

func (r *Ring) Put(v int) error {
	if r.len == len(r.data) {
		return ErrFull
	}
	r.data[(r.start+r.len)%len(r.data)] = v
	r.len++
	return nil
}

func (r *Ring) Overwrite(v int) {
	if r.len == len(r.data) {
		r.data[r.start] = v
		r.start = (r.start + 1) % len(r.data)
		return
	}
	r.Put(v)
}

func (r *Ring) Items() []int {
	out := make([]int, r.len)
	for i := range out {
		out[i] = r.data[(r.start+i)%len(r.data)]
	}
	return out
}

func main() {
	r := NewRing(3)
	for i := 1; i <= 4; i++ {
		if err := r.Put(i); err != nil {
			fmt.Println(i, err)
		}
	}
	fmt.Println(r.Items())
	for i := 5; i <= 8; i++ {
		r.Overwrite(i)
	}
	fmt.Println(r.Items(), r.start, r.data)
}
