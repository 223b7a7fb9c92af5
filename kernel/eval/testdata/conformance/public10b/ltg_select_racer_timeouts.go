package main

import (
	"errors"
	"fmt"
	"time"
)

var ErrTimeout = errors.New("timed out")

type fakeServer struct {
	name  string
	delay time.Duration
}

func (s fakeServer) ping() chan struct{} {
	ch := make(chan struct{})
	go func() {
		time.Sleep(s.delay)
		close(ch)
	}()
	return ch
}

func Racer(a, b fakeServer, timeout time.Duration) (string, error) {
	select {
	case <-a.ping():
		return a.name, nil
	case <-b.ping():
		return b.name, nil
	case <-time.After(timeout):
		return "", fmt.Errorf("racing %s and %s: %w", a.name, b.name, ErrTimeout)
	}
}

func main() {
	slow := fakeServer{"slow", 400 * time.Millisecond}
	fast := fakeServer{"fast", 0}
	never := fakeServer{"never", time.Hour}
	w, err := Racer(slow, fast, 2*time.Second)
	fmt.Println(w, err)
	w, err = Racer(never, slow, 2*time.Second)
	fmt.Println(w, err)
	w, err = Racer(never, never, 30*time.Millisecond)
	fmt.Printf("%q %v %v\n", w, err, errors.Is(err, ErrTimeout))
}
