package main

import (
	"errors"
	"fmt"
	"strings"
	"time"
)

type State int

const (
	Closed State = iota
	Open
	HalfOpen
)

func (s State) String() string { return [...]string{"closed", "open", "half-open"}[s] }

var ErrOpen = errors.New("circuit open")

type Breaker struct {
	state       State
	failures    int
	threshold   int
	cooldown    time.Duration
	openedAt    time.Time
	now         func() time.Time
	transitions []string
}

func (b *Breaker) setState(s State) {
	if b.state != s {
		b.transitions = append(b.transitions, fmt.Sprintf("%v->%v", b.state, s))
		b.state = s
	}
}

func (b *Breaker) Call(f func() error) error {
	if b.state == Open {
		if b.now().Sub(b.openedAt) < b.cooldown {
			return ErrOpen
		}
		b.setState(HalfOpen)
	}
	err := f()
	if err != nil {
		b.failures++
		if b.state == HalfOpen || b.failures >= b.threshold {
			b.setState(Open)
			b.openedAt = b.now()
		}
		return fmt.Errorf("call failed (%d): %w", b.failures, err)
	}
	b.failures = 0
	b.setState(Closed)
	return nil
}

func main() {
	clock := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	b := &Breaker{threshold: 3, cooldown: 5 * time.Second, now: func() time.Time { return clock }}
	errBackend := errors.New("backend down")
	pattern := "FFFFFxxSFFxxxxxSS"
	var out []string
	for i, c := range pattern {
		clock = clock.Add(time.Second)
		var f func() error
		switch c {
		case 'F', 'x':
			f = func() error { return errBackend }
		case 'S':
			f = func() error { return nil }
		}
		err := b.Call(f)
		switch {
		case err == nil:
			out = append(out, "ok")
		case errors.Is(err, ErrOpen):
			out = append(out, "open")
		case errors.Is(err, errBackend):
			out = append(out, "fail")
		}
		if i == 4 {
			fmt.Println("after 5 calls:", b.state, err)
		}
	}
	fmt.Println(strings.Join(out, " "))
	fmt.Println(b.transitions)
	fmt.Println(b.state, b.failures, clock.Format(time.TimeOnly))
}
