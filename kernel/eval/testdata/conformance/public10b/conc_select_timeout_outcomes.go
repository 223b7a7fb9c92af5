package main

import (
	"errors"
	"fmt"
	"time"
)

var ErrTimeout = errors.New("timed out")

func withTimeout(d time.Duration, f func() int) (int, error) {
	ch := make(chan int, 1)
	go func() { ch <- f() }()
	select {
	case v := <-ch:
		return v, nil
	case <-time.After(d):
		return 0, ErrTimeout
	}
}

func main() {
	v, err := withTimeout(2*time.Second, func() int { return 7 * 6 })
	fmt.Println(v, err)
	block := make(chan struct{})
	v, err = withTimeout(20*time.Millisecond, func() int { <-block; return 1 })
	fmt.Println(v, err, errors.Is(err, ErrTimeout))
	close(block)

	timer := time.NewTimer(time.Hour)
	fast := make(chan string, 1)
	fast <- "fast path"
	select {
	case s := <-fast:
		fmt.Println(s)
	case <-timer.C:
		fmt.Println("timer")
	}
	fmt.Println("stopped:", timer.Stop())

	deadline := time.After(30 * time.Millisecond)
	never := make(chan int)
	loops := 0
	for {
		select {
		case <-never:
		case <-deadline:
			fmt.Println("deadline reached; loops > 0:", loops > 0)
			return
		default:
			loops++
			time.Sleep(time.Millisecond)
		}
	}
}
