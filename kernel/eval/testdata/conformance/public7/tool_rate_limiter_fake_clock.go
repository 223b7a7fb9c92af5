package main

import (
	"fmt"
	"strings"
	"time"
)

type Clock interface {
	Now() time.Time
}

type FakeClock struct{ t time.Time }

func (c *FakeClock) Now() time.Time          { return c.t }
func (c *FakeClock) Advance(d time.Duration) { c.t = c.t.Add(d) }

type TokenBucket struct {
	clock    Clock
	rate     float64 // tokens per second
	capacity float64
	tokens   float64
	last     time.Time
}

func NewTokenBucket(c Clock, rate float64, capacity int) *TokenBucket {
	return &TokenBucket{clock: c, rate: rate, capacity: float64(capacity), tokens: float64(capacity), last: c.Now()}
}

func (b *TokenBucket) Allow() bool {
	now := b.clock.Now()
	b.tokens = min(b.capacity, b.tokens+now.Sub(b.last).Seconds()*b.rate)
	b.last = now
	if b.tokens >= 1 {
		b.tokens--
		return true
	}
	return false
}

type SlidingWindow struct {
	clock  Clock
	window time.Duration
	limit  int
	hits   map[string][]time.Time
}

func (s *SlidingWindow) Allow(key string) bool {
	now := s.clock.Now()
	cutoff := now.Add(-s.window)
	h := s.hits[key]
	i := 0
	for i < len(h) && !h[i].After(cutoff) {
		i++
	}
	h = h[i:]
	if len(h) >= s.limit {
		s.hits[key] = h
		return false
	}
	s.hits[key] = append(h, now)
	return true
}

func main() {
	clk := &FakeClock{time.Date(2024, 1, 1, 12, 0, 0, 0, time.UTC)}
	tb := NewTokenBucket(clk, 2, 3)
	var sb strings.Builder
	for i := 0; i < 20; i++ {
		if tb.Allow() {
			sb.WriteByte('+')
		} else {
			sb.WriteByte('.')
		}
		clk.Advance(200 * time.Millisecond)
	}
	fmt.Println(sb.String(), fmt.Sprintf("%.2f", tb.tokens))

	sw := &SlidingWindow{clock: clk, window: time.Second, limit: 2, hits: map[string][]time.Time{}}
	for i := 0; i < 8; i++ {
		a, b := sw.Allow("alice"), sw.Allow("bob")
		if i%3 == 0 {
			sw.Allow("bob")
		}
		fmt.Printf("%s %v %v\n", clk.Now().Format("15:04:05.000"), a, b)
		clk.Advance(300 * time.Millisecond)
	}
	fmt.Println(len(sw.hits["alice"]), len(sw.hits["bob"]))
	var c Clock = clk
	if fc, ok := c.(*FakeClock); ok {
		fc.Advance(time.Hour)
	}
	fmt.Println(c.Now().Format(time.Kitchen), c.Now().Sub(time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)))
}
