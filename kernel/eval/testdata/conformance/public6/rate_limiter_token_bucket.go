package main

import (
	"errors"
	"fmt"
	"strings"
	"time"
)

// A token bucket driven by an explicit clock, as tests of rate limiters do.

type Bucket struct {
	capacity float64
	tokens   float64
	rate     float64 // tokens per second
	last     time.Time
}

var ErrLimited = errors.New("rate limited")

func NewBucket(capacity, rate float64, now time.Time) *Bucket {
	return &Bucket{capacity: capacity, tokens: capacity, rate: rate, last: now}
}

func (b *Bucket) refill(now time.Time) {
	elapsed := now.Sub(b.last).Seconds()
	b.tokens = min(b.capacity, b.tokens+elapsed*b.rate)
	b.last = now
}

func (b *Bucket) Take(now time.Time, n float64) error {
	b.refill(now)
	if b.tokens < n {
		wait := time.Duration((n - b.tokens) / b.rate * float64(time.Second))
		return fmt.Errorf("need %.1f tokens, have %.2f, retry in %v: %w", n, b.tokens, wait.Round(time.Millisecond), ErrLimited)
	}
	b.tokens -= n
	return nil
}

type Limiter struct {
	buckets map[string]*Bucket
	mk      func(time.Time) *Bucket
}

func (l *Limiter) Allow(key string, now time.Time) error {
	b, ok := l.buckets[key]
	if !ok {
		b = l.mk(now)
		l.buckets[key] = b
	}
	if err := b.Take(now, 1); err != nil {
		return fmt.Errorf("client %s: %w", key, err)
	}
	return nil
}

func main() {
	t0 := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	lim := &Limiter{buckets: map[string]*Bucket{}, mk: func(now time.Time) *Bucket { return NewBucket(3, 2, now) }}
	events := []struct {
		at  time.Duration
		key string
	}{
		{0, "a"}, {10 * time.Millisecond, "a"}, {20 * time.Millisecond, "a"}, {30 * time.Millisecond, "a"},
		{40 * time.Millisecond, "b"}, {300 * time.Millisecond, "a"}, {600 * time.Millisecond, "a"},
		{610 * time.Millisecond, "a"}, {5 * time.Second, "a"},
	}
	var line []string
	limited := 0
	for _, e := range events {
		err := lim.Allow(e.key, t0.Add(e.at))
		status := "ok"
		if errors.Is(err, ErrLimited) {
			status = "LIMITED"
			limited++
			fmt.Println(" ", err)
		}
		line = append(line, fmt.Sprintf("%v/%s=%s", e.at, e.key, status))
	}
	fmt.Println(strings.Join(line, "\n"))
	fmt.Println("limited:", limited, "tokens a:", lim.buckets["a"].tokens)
}
