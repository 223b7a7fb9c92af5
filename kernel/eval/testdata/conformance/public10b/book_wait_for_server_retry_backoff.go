package main

import (
	"errors"
	"fmt"
	"time"
)

type FakeServer struct {
	upAfter int
	tries   int
}

func (s *FakeServer) Head(url string) error {
	s.tries++
	if s.tries <= s.upAfter {
		return fmt.Errorf("dial %s: connection refused", url)
	}
	return nil
}

func WaitForServer(s *FakeServer, url string, maxTries int, base time.Duration) ([]time.Duration, error) {
	var waits []time.Duration
	for tries := 0; tries < maxTries; tries++ {
		err := s.Head(url)
		if err == nil {
			return waits, nil
		}
		wait := base << uint(tries)
		waits = append(waits, wait)
		time.Sleep(wait / 1000)
	}
	return waits, fmt.Errorf("server %s failed to respond after %d tries", url, maxTries)
}

func main() {
	waits, err := WaitForServer(&FakeServer{upAfter: 3}, "http://a", 5, time.Second)
	fmt.Println(waits, err)
	waits, err = WaitForServer(&FakeServer{upAfter: 10}, "http://b", 4, 500*time.Millisecond)
	fmt.Println(waits, err)
	var total time.Duration
	for _, w := range waits {
		total += w
	}
	fmt.Println(total, total.Seconds(), total.Round(time.Second), errors.Unwrap(err) == nil)
}
