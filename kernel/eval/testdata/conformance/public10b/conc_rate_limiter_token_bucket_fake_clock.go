package main

import (
	"fmt"
	"sync"
)

type Clock interface{ Now() int64 }

type FakeClock struct {
	mu sync.Mutex
	t  int64
}

func (c *FakeClock) Now() int64 { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *FakeClock) Advance(d int64) {
	c.mu.Lock()
	c.t += d
	c.mu.Unlock()
}

type Bucket struct {
	mu       sync.Mutex
	clock    Clock
	capacity int
	tokens   int
	rate     int64
	last     int64
}

func NewBucket(c Clock, capacity int, rate int64) *Bucket {
	return &Bucket{clock: c, capacity: capacity, tokens: capacity, rate: rate, last: c.Now()}
}

func (b *Bucket) Allow() bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	now := b.clock.Now()
	if add := int((now - b.last) / b.rate); add > 0 {
		b.tokens = min(b.capacity, b.tokens+add)
		b.last += int64(add) * b.rate
	}
	if b.tokens > 0 {
		b.tokens--
		return true
	}
	return false
}

func main() {
	clk := &FakeClock{}
	b := NewBucket(clk, 5, 100)
	var wg sync.WaitGroup
	var mu sync.Mutex
	allowed := 0
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if b.Allow() {
				mu.Lock()
				allowed++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println("burst allowed:", allowed)
	for step := 1; step <= 6; step++ {
		clk.Advance(150)
		n := 0
		for b.Allow() {
			n++
		}
		fmt.Printf("t=%d allowed %d\n", clk.Now(), n)
	}
	clk.Advance(10_000)
	n := 0
	for b.Allow() {
		n++
	}
	fmt.Println("after long idle:", n)
}
