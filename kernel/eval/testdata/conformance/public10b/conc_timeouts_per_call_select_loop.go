package main

import (
	"errors"
	"fmt"
	"time"
)

type Service struct {
	name  string
	delay time.Duration
	fail  bool
}

func (s Service) Call() <-chan error {
	ch := make(chan error, 1)
	go func() {
		if s.delay > 0 {
			time.Sleep(s.delay)
		}
		if s.fail {
			ch <- fmt.Errorf("%s: internal error", s.name)
			return
		}
		ch <- nil
	}()
	return ch
}

var errTimeout = errors.New("timeout")

func callWithTimeout(s Service, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case err := <-s.Call():
		return err
	case <-t.C:
		return fmt.Errorf("%s: %w after %v", s.name, errTimeout, d)
	}
}

func main() {
	services := []Service{
		{"auth", 0, false},
		{"billing", 0, true},
		{"search", time.Hour, false},
		{"mail", time.Millisecond, false},
	}
	for _, s := range services {
		err := callWithTimeout(s, 400*time.Millisecond)
		fmt.Printf("%-8s err=%v timeout=%v\n", s.name, err, errors.Is(err, errTimeout))
	}
}
