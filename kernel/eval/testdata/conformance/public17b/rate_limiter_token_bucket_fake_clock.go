package main

import (
	"fmt"
	"strings"
	"sync"
	"time"
)

type Clock interface {
	Now() time.Time
}

type FakeClock struct {
	mu  sync.Mutex
	now time.Time
}

func (c *FakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *FakeClock) Advance(d time.Duration) {
	c.mu.Lock()
	c.now = c.now.Add(d)
	c.mu.Unlock()
}

type TokenBucket struct {
	mu       sync.Mutex
	clock    Clock
	capacity float64
	tokens   float64
	rate     float64 // tokens per second
	last     time.Time
}

func NewTokenBucket(c Clock, capacity int, perSecond float64) *TokenBucket {
	return &TokenBucket{clock: c, capacity: float64(capacity), tokens: float64(capacity), rate: perSecond, last: c.Now()}
}

func (b *TokenBucket) refill() {
	now := b.clock.Now()
	elapsed := now.Sub(b.last).Seconds()
	b.tokens = min(b.capacity, b.tokens+elapsed*b.rate)
	b.last = now
}

func (b *TokenBucket) Allow(n int) bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.refill()
	if b.tokens >= float64(n) {
		b.tokens -= float64(n)
		return true
	}
	return false
}

func (b *TokenBucket) WaitTime(n int) time.Duration {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.refill()
	missing := float64(n) - b.tokens
	if missing <= 0 {
		return 0
	}
	return time.Duration(missing / b.rate * float64(time.Second))
}

type PerKey struct {
	mu      sync.Mutex
	buckets map[string]*TokenBucket
	mk      func() *TokenBucket
}

func (p *PerKey) Allow(key string) bool {
	p.mu.Lock()
	b, ok := p.buckets[key]
	if !ok {
		b = p.mk()
		p.buckets[key] = b
	}
	p.mu.Unlock()
	return b.Allow(1)
}

func main() {
	clk := &FakeClock{now: time.Date(2024, 5, 1, 12, 0, 0, 0, time.UTC)}
	tb := NewTokenBucket(clk, 3, 2)
	var line strings.Builder
	for i := 0; i < 10; i++ {
		if tb.Allow(1) {
			line.WriteByte('+')
		} else {
			line.WriteByte('-')
		}
		clk.Advance(200 * time.Millisecond)
	}
	fmt.Println(line.String())
	fmt.Println(tb.WaitTime(3), tb.WaitTime(1))
	clk.Advance(10 * time.Second)
	fmt.Println(tb.Allow(3), tb.Allow(1), tb.WaitTime(2))
	pk := &PerKey{buckets: map[string]*TokenBucket{}, mk: func() *TokenBucket { return NewTokenBucket(clk, 2, 1) }}
	var wg sync.WaitGroup
	var mu sync.Mutex
	counts := map[string]int{}
	for _, user := range []string{"ann", "bob", "ann", "ann", "bob", "cy", "ann"} {
		wg.Add(1)
		go func(u string) {
			defer wg.Done()
			if pk.Allow(u) {
				mu.Lock()
				counts[u]++
				mu.Unlock()
			}
		}(user)
	}
	wg.Wait()
	fmt.Println(counts["ann"], counts["bob"], counts["cy"])
	fmt.Println(clk.Now().Format(time.RFC3339), clk.Now().Sub(time.Date(2024, 5, 1, 12, 0, 0, 0, time.UTC)))
}
