package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

var ErrTimeout = errors.New("timed out")

func withTimeout[T any](d time.Duration, f func() T) (res T, err error) {
	done := make(chan struct{})
	go func() {
		defer close(done)
		res = f()
	}()
	timer := time.NewTimer(d)
	defer timer.Stop()
	select {
	case <-done:
		return res, nil
	case <-timer.C:
		var zero T
		return zero, ErrTimeout
	}
}

func slowValue(block chan struct{}) func() string {
	return func() string {
		<-block
		return "slow"
	}
}

func firstOf(chs ...<-chan string) string {
	for {
		for _, c := range chs {
			select {
			case v := <-c:
				return v
			default:
			}
		}
		time.Sleep(time.Millisecond)
	}
}

func main() {
	v, err := withTimeout(time.Second, func() int { return 42 })
	fmt.Println(v, err)
	block := make(chan struct{})
	s, err := withTimeout(5*time.Millisecond, slowValue(block))
	fmt.Printf("%q %v %v\n", s, err, errors.Is(err, ErrTimeout))
	close(block)

	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Millisecond)
	defer cancel()
	select {
	case <-ctx.Done():
		fmt.Println("ctx:", ctx.Err(), errors.Is(ctx.Err(), context.DeadlineExceeded))
	case <-time.After(5 * time.Second):
		fmt.Println("unexpected")
	}

	a := make(chan string)
	b := make(chan string, 1)
	b <- "from b"
	fmt.Println(firstOf(a, b))

	timer := time.NewTimer(time.Hour)
	fmt.Println("stopped:", timer.Stop())
	timer.Reset(time.Millisecond)
	<-timer.C
	fmt.Println("timer fired after reset")

	tick := time.NewTicker(time.Millisecond)
	n := 0
	for range tick.C {
		n++
		if n == 3 {
			tick.Stop()
			break
		}
	}
	fmt.Println("ticks", n)

	done := make(chan struct{})
	var order []string
	go func() {
		defer close(done)
		time.Sleep(2 * time.Millisecond)
		order = append(order, "goroutine")
	}()
	order = append(order, "main")
	<-done
	fmt.Println(order)
	d := time.AfterFunc(time.Hour, func() { fmt.Println("never") })
	fmt.Println(d.Stop(), d.Stop())
}
