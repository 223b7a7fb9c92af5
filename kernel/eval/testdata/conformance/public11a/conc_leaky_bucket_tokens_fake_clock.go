package main

import (
	"fmt"
	"time"
)

type Clock interface{ Now() time.Time }

type fakeClock struct{ t time.Time }

func (c *fakeClock) Now() time.Time          { return c.t }
func (c *fakeClock) Advance(d time.Duration) { c.t = c.t.Add(d) }

type TokenBucket struct {
	clock    Clock
	capacity float64
	tokens   float64
	rate     float64
	last     time.Time
}

func NewTokenBucket(c Clock, capacity int, perSecond float64) *TokenBucket {
	return &TokenBucket{clock: c, capacity: float64(capacity), tokens: float64(capacity), rate: perSecond, last: c.Now()}
}

func (b *TokenBucket) Allow() bool {
	now := b.clock.Now()
	elapsed := now.Sub(b.last).Seconds()
	b.last = now
	b.tokens = min(b.capacity, b.tokens+elapsed*b.rate)
	if b.tokens >= 1 {
		b.tokens--
		return true
	}
	return false
}

func main() {
	clk := &fakeClock{t: time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)}
	b := NewTokenBucket(clk, 3, 2)
	var line []byte
	for i := range 12 {
		if b.Allow() {
			line = append(line, '+')
		} else {
			line = append(line, '.')
		}
		if i%2 == 1 {
			clk.Advance(250 * time.Millisecond)
		}
	}
	fmt.Println(string(line))
	clk.Advance(10 * time.Second)
	n := 0
	for b.Allow() {
		n++
	}
	fmt.Printf("burst after idle: %d, tokens left %.2f\n", n, b.tokens)
	fmt.Println(clk.Now().Format(time.TimeOnly))
}
