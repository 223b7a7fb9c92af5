package main

import (
	"fmt"
	"runtime"
	"sync/atomic"
)

type Ring struct {
	buf  []int
	mask uint64
	head atomic.Uint64
	tail atomic.Uint64
}

func NewRing(sizePow2 int) *Ring {
	return &Ring{buf: make([]int, sizePow2), mask: uint64(sizePow2 - 1)}
}

func (r *Ring) TryPush(v int) bool {
	t := r.tail.Load()
	if t-r.head.Load() == uint64(len(r.buf)) {
		return false
	}
	r.buf[t&r.mask] = v
	r.tail.Store(t + 1)
	return true
}

func (r *Ring) TryPop() (int, bool) {
	h := r.head.Load()
	if h == r.tail.Load() {
		return 0, false
	}
	v := r.buf[h&r.mask]
	r.head.Store(h + 1)
	return v, true
}

func main() {
	r := NewRing(8)
	const n = 2000
	done := make(chan int)
	go func() {
		sum, count := 0, 0
		for count < n {
			if v, ok := r.TryPop(); ok {
				sum += v
				count++
			} else {
				runtime.Gosched()
			}
		}
		done <- sum
	}()
	fullHits := 0
	for i := 1; i <= n; i++ {
		for !r.TryPush(i) {
			fullHits++
			runtime.Gosched()
		}
	}
	fmt.Println("sum", <-done, "want", n*(n+1)/2)
	fmt.Println("empty after:", r.head.Load() == r.tail.Load())
	small := NewRing(2)
	fmt.Println(small.TryPush(1), small.TryPush(2), small.TryPush(3))
	a, _ := small.TryPop()
	fmt.Println(a, small.TryPush(4))
	b, _ := small.TryPop()
	c, _ := small.TryPop()
	_, ok := small.TryPop()
	fmt.Println(b, c, ok)
}
