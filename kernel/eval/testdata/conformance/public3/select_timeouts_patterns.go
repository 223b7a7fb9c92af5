package main

import (
	"errors"
	"fmt"
	"time"
)

var ErrTimeout = errors.New("timeout")

func withTimeout[T any](d time.Duration, f func() T) (T, error) {
	ch := make(chan T, 1)
	go func() { ch <- f() }()
	select {
	case v := <-ch:
		return v, nil
	case <-time.After(d):
		var zero T
		return zero, ErrTimeout
	}
}

func main() {
	v, err := withTimeout(5*time.Second, func() int { return 42 })
	fmt.Println(v, err)
	s, err := withTimeout(5*time.Millisecond, func() string {
		time.Sleep(200 * time.Millisecond)
		return "late"
	})
	fmt.Printf("%q %v\n", s, err)

	c := make(chan int)
	select {
	case x := <-c:
		fmt.Println("got", x)
	default:
		fmt.Println("no value ready")
	}
	quit := make(chan struct{})
	data := make(chan int)
	go func() {
		for i := range 3 {
			data <- i
		}
		close(quit)
	}()
	for done := false; !done; {
		select {
		case x := <-data:
			fmt.Println("data", x)
		case <-quit:
			fmt.Println("quit")
			done = true
		}
	}
	timer := time.NewTimer(time.Hour)
	fmt.Println("stopped:", timer.Stop())
	var nilCh chan int
	select {
	case <-nilCh:
		fmt.Println("impossible")
	case <-time.After(time.Millisecond):
		fmt.Println("nil channel never ready")
	}
	heartbeat := time.NewTicker(time.Millisecond)
	defer heartbeat.Stop()
	deadline := time.After(5 * time.Second)
	beats := 0
loop:
	for {
		select {
		case <-heartbeat.C:
			beats++
			if beats == 5 {
				break loop
			}
		case <-deadline:
			break loop
		}
	}
	fmt.Println("beats", beats)
}
