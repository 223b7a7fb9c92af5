package main

import (
	"errors"
	"fmt"
	"time"
)

var ErrTransient = errors.New("transient")

type Policy struct {
	Attempts int
	Base     time.Duration
	Max      time.Duration
	Sleep    func(time.Duration)
}

func (p Policy) Do(op func(attempt int) error) error {
	var errs []error
	delay := p.Base
	for a := 1; a <= p.Attempts; a++ {
		err := op(a)
		if err == nil {
			return nil
		}
		errs = append(errs, fmt.Errorf("attempt %d: %w", a, err))
		if !errors.Is(err, ErrTransient) {
			break
		}
		if a < p.Attempts {
			p.Sleep(delay)
			delay = min(delay*2, p.Max)
		}
	}
	return errors.Join(errs...)
}

func main() {
	var slept []time.Duration
	p := Policy{Attempts: 6, Base: 100 * time.Millisecond, Max: time.Second,
		Sleep: func(d time.Duration) { slept = append(slept, d) }}
	err := p.Do(func(a int) error {
		if a < 4 {
			return fmt.Errorf("503 from upstream: %w", ErrTransient)
		}
		return nil
	})
	fmt.Println("err:", err, "slept:", slept)
	slept = nil
	err = p.Do(func(a int) error { return ErrTransient })
	fmt.Println(err)
	fmt.Println("slept:", slept)
	slept = nil
	err = p.Do(func(a int) error {
		if a == 2 {
			return errors.New("400 bad request")
		}
		return ErrTransient
	})
	fmt.Printf("%v\n%v %v\n", err, slept, errors.Is(err, ErrTransient))
	total := time.Duration(0)
	for _, d := range []time.Duration{100, 200, 400, 800, 1000} {
		total += d * time.Millisecond
	}
	fmt.Println("worst case wait:", total)
}
