package main

import (
	"fmt"
	"strings"
	"time"
)

type Clock interface{ Now() time.Time }

type FakeClock struct{ t time.Time }

func (f *FakeClock) Now() time.Time          { return f.t }
func (f *FakeClock) Advance(d time.Duration) { f.t = f.t.Add(d) }

type Bucket struct {
	clock    Clock
	capacity float64
	tokens   float64
	rate     float64
	last     time.Time
}

func NewBucket(c Clock, capacity int, perSecond float64) *Bucket {
	return &Bucket{clock: c, capacity: float64(capacity), tokens: float64(capacity), rate: perSecond, last: c.Now()}
}

func (b *Bucket) refill() {
	now := b.clock.Now()
	el := now.Sub(b.last).Seconds()
	b.tokens = min(b.capacity, b.tokens+el*b.rate)
	b.last = now
}

func (b *Bucket) Allow() bool {
	b.refill()
	if b.tokens >= 1 {
		b.tokens--
		return true
	}
	return false
}

func (b *Bucket) Wait() time.Duration {
	b.refill()
	if b.tokens >= 1 {
		return 0
	}
	return time.Duration((1 - b.tokens) / b.rate * float64(time.Second))
}

type SlidingWindow struct {
	clock  Clock
	window time.Duration
	limit  int
	hits   []time.Time
}

func (s *SlidingWindow) Allow() bool {
	now := s.clock.Now()
	cut := now.Add(-s.window)
	i := 0
	for i < len(s.hits) && !s.hits[i].After(cut) {
		i++
	}
	s.hits = s.hits[i:]
	if len(s.hits) >= s.limit {
		return false
	}
	s.hits = append(s.hits, now)
	return true
}

func main() {
	clk := &FakeClock{time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)}
	b := NewBucket(clk, 3, 2)
	var sb strings.Builder
	for i := 0; i < 10; i++ {
		if b.Allow() {
			sb.WriteByte('+')
		} else {
			sb.WriteByte('-')
		}
		clk.Advance(200 * time.Millisecond)
	}
	fmt.Println(sb.String(), fmt.Sprintf("%.2f", b.tokens))
	for b.Allow() {
	}
	fmt.Println("wait", b.Wait())
	clk.Advance(b.Wait())
	fmt.Println(b.Allow(), b.Allow())
	sw := &SlidingWindow{clock: clk, window: time.Second, limit: 3}
	sb.Reset()
	for i := 0; i < 12; i++ {
		if sw.Allow() {
			sb.WriteByte('Y')
		} else {
			sb.WriteByte('n')
		}
		clk.Advance(150 * time.Millisecond)
	}
	fmt.Println(sb.String(), len(sw.hits), clk.Now().Format(time.TimeOnly))
}
