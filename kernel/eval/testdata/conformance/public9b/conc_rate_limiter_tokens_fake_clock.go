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
	mu     sync.Mutex
	clock  Clock
	cap    float64
	tokens float64
	rate   float64
	last   int64
}

func NewBucket(c Clock, capacity, rate float64) *Bucket {
	return &Bucket{clock: c, cap: capacity, tokens: capacity, rate: rate, last: c.Now()}
}

func (b *Bucket) Allow() bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	now := b.clock.Now()
	b.tokens = min(b.cap, b.tokens+float64(now-b.last)*b.rate)
	b.last = now
	if b.tokens >= 1 {
		b.tokens--
		return true
	}
	return false
}

func main() {
	clk := &FakeClock{}
	b := NewBucket(clk, 3, 0.5)
	var line []string
	for step := 0; step < 10; step++ {
		ok := b.Allow()
		line = append(line, fmt.Sprintf("t%d:%v", clk.Now(), ok))
		if step%2 == 1 {
			clk.Advance(1)
		}
	}
	fmt.Println(line)
	clk.Advance(100)
	var wg sync.WaitGroup
	var mu sync.Mutex
	allowed := 0
	for range 10 {
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
	fmt.Printf("allowed %d tokens %.1f\n", allowed, b.tokens)
}
