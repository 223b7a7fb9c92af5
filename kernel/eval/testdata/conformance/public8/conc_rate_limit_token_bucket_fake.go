package main

import (
	"fmt"
	"sync"
	"time"
)

type Clock interface{ Now() time.Time }

type FakeClock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *FakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *FakeClock) Advance(d time.Duration) {
	c.mu.Lock()
	c.t = c.t.Add(d)
	c.mu.Unlock()
}

type Bucket struct {
	mu       sync.Mutex
	clock    Clock
	capacity float64
	tokens   float64
	rate     float64
	last     time.Time
}

func NewBucket(c Clock, capacity int, perSec float64) *Bucket {
	return &Bucket{clock: c, capacity: float64(capacity), tokens: float64(capacity), rate: perSec, last: c.Now()}
}

func (b *Bucket) Allow() bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	now := b.clock.Now()
	b.tokens = min(b.capacity, b.tokens+now.Sub(b.last).Seconds()*b.rate)
	b.last = now
	if b.tokens >= 1 {
		b.tokens--
		return true
	}
	return false
}

func main() {
	clk := &FakeClock{t: time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)}
	b := NewBucket(clk, 3, 2)
	var line []byte
	for step := range 12 {
		if b.Allow() {
			line = append(line, '+')
		} else {
			line = append(line, '-')
		}
		if step%3 == 2 {
			clk.Advance(250 * time.Millisecond)
		}
	}
	fmt.Println(string(line))
	var wg sync.WaitGroup
	var mu sync.Mutex
	allowed := 0
	clk.Advance(10 * time.Second)
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
	fmt.Println("allowed:", allowed, clk.Now().Format(time.TimeOnly))
}
