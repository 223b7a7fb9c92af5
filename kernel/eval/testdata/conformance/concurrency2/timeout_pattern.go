package main

import (
	"errors"
	"fmt"
	"time"
)

var errTimeout = errors.New("timeout")

func withTimeout(d time.Duration, f func() int) (int, error) {
	ch := make(chan int, 1)
	go func() { ch <- f() }()
	select {
	case v := <-ch:
		return v, nil
	case <-time.After(d):
		return 0, errTimeout
	}
}

func main() {
	v, err := withTimeout(time.Second, func() int { return 42 })
	fmt.Println(v, err)
	block := make(chan struct{})
	v, err = withTimeout(10*time.Millisecond, func() int { <-block; return 1 })
	fmt.Println(v, err)
	close(block)
}
