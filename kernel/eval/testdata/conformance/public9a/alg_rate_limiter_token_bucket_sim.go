package main

import (
	"fmt"
	"strings"
)

// Deterministic simulations of rate limiters driven by a tick counter.

type Limiter interface {
	Allow(now int) bool
	Name() string
}

type TokenBucket struct {
	cap, tokens float64
	rate        float64 // tokens per tick
	last        int
}

func (b *TokenBucket) Name() string { return fmt.Sprintf("bucket(cap=%g,rate=%g)", b.cap, b.rate) }
func (b *TokenBucket) Allow(now int) bool {
	b.tokens = min(b.cap, b.tokens+float64(now-b.last)*b.rate)
	b.last = now
	if b.tokens >= 1 {
		b.tokens--
		return true
	}
	return false
}

type FixedWindow struct {
	size, limit  int
	window, used int
}

func (w *FixedWindow) Name() string { return fmt.Sprintf("fixed(%d per %d)", w.limit, w.size) }
func (w *FixedWindow) Allow(now int) bool {
	if win := now / w.size; win != w.window {
		w.window, w.used = win, 0
	}
	if w.used < w.limit {
		w.used++
		return true
	}
	return false
}

type SlidingLog struct {
	size, limit int
	log         []int
}

func (s *SlidingLog) Name() string { return fmt.Sprintf("sliding(%d per %d)", s.limit, s.size) }
func (s *SlidingLog) Allow(now int) bool {
	i := 0
	for i < len(s.log) && s.log[i] <= now-s.size {
		i++
	}
	s.log = s.log[i:]
	if len(s.log) < s.limit {
		s.log = append(s.log, now)
		return true
	}
	return false
}

func main() {
	requests := []int{0, 0, 0, 1, 1, 2, 5, 5, 5, 5, 6, 9, 10, 10, 10, 11, 19, 20, 20}
	limiters := []Limiter{
		&TokenBucket{cap: 3, tokens: 3, rate: 0.5},
		&FixedWindow{size: 5, limit: 3, window: -1},
		&SlidingLog{size: 5, limit: 3},
	}
	for _, l := range limiters {
		var sb strings.Builder
		allowed := 0
		for _, t := range requests {
			if l.Allow(t) {
				sb.WriteByte('+')
				allowed++
			} else {
				sb.WriteByte('-')
			}
		}
		fmt.Printf("%-24s %s %d/%d\n", l.Name(), sb.String(), allowed, len(requests))
	}
}
