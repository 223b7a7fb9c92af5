package main

import (
	"fmt"
	"time"
)

func consume(ch <-chan int, quit <-chan struct{}) (sum int, reason string) {
loop:
	for {
		select {
		case v, ok := <-ch:
			if !ok {
				reason = "closed"
				break loop
			}
			if v < 0 {
				reason = "negative"
				break loop
			}
			if v%2 == 0 {
				continue loop
			}
			sum += v
		case <-quit:
			reason = "quit"
			break loop
		}
	}
	return
}

func main() {
	ch := make(chan int, 10)
	for _, v := range []int{1, 2, 3, 4, 5} {
		ch <- v
	}
	close(ch)
	fmt.Println(consume(ch, nil))
	ch2 := make(chan int, 10)
	ch2 <- 7
	ch2 <- -1
	ch2 <- 9
	fmt.Println(consume(ch2, nil))
	quit := make(chan struct{})
	close(quit)
	fmt.Println(consume(make(chan int), quit))
	n := 0
	timeout := time.After(time.Hour)
	tick := make(chan int)
	go func() {
		for i := 0; i < 3; i++ {
			tick <- i
		}
		close(tick)
	}()
outer:
	for {
		select {
		case v, ok := <-tick:
			if !ok {
				break outer
			}
			switch {
			case v == 1:
				continue outer
			default:
				n += 10
			}
		case <-timeout:
			break outer
		}
	}
	fmt.Println(n)
	i := 0
retry:
	i++
	if i < 3 {
		goto retry
	}
	fmt.Println("attempts", i)
}
