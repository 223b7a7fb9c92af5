package main

import (
	"fmt"
	"sync"
)

type BoundedBuffer struct {
	mu       sync.Mutex
	notFull  *sync.Cond
	notEmpty *sync.Cond
	buf      []int
	cap      int
	maxSeen  int
}

func NewBB(n int) *BoundedBuffer {
	b := &BoundedBuffer{cap: n}
	b.notFull = sync.NewCond(&b.mu)
	b.notEmpty = sync.NewCond(&b.mu)
	return b
}

func (b *BoundedBuffer) Put(v int) {
	b.mu.Lock()
	for len(b.buf) == b.cap {
		b.notFull.Wait()
	}
	b.buf = append(b.buf, v)
	if len(b.buf) > b.maxSeen {
		b.maxSeen = len(b.buf)
	}
	b.notEmpty.Signal()
	b.mu.Unlock()
}

func (b *BoundedBuffer) Get() int {
	b.mu.Lock()
	defer b.mu.Unlock()
	for len(b.buf) == 0 {
		b.notEmpty.Wait()
	}
	v := b.buf[0]
	b.buf = b.buf[1:]
	b.notFull.Signal()
	return v
}

func main() {
	b := NewBB(3)
	var wg sync.WaitGroup
	for p := 0; p < 3; p++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 1; i <= 20; i++ {
				b.Put(p*1000 + i)
			}
		}()
	}
	sums := make([]int, 2)
	var cwg sync.WaitGroup
	for c := 0; c < 2; c++ {
		cwg.Add(1)
		go func() {
			defer cwg.Done()
			for i := 0; i < 30; i++ {
				sums[c] += b.Get()
			}
		}()
	}
	wg.Wait()
	cwg.Wait()
	fmt.Println("total", sums[0]+sums[1], "max fill <= 3:", b.maxSeen <= 3, "left", len(b.buf))
}
