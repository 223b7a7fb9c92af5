package main

import (
	"fmt"
	"time"
)

func trySend(ch chan<- int, v int) bool {
	select {
	case ch <- v:
		return true
	default:
		return false
	}
}

func tryRecv(ch <-chan int) (int, bool) {
	select {
	case v, ok := <-ch:
		return v, ok
	default:
		return -1, false
	}
}

func main() {
	ch := make(chan int, 2)
	for i := 1; i <= 4; i++ {
		fmt.Println("send", i, trySend(ch, i))
	}
	for i := 0; i < 3; i++ {
		v, ok := tryRecv(ch)
		fmt.Println("recv", v, ok)
	}
	close(ch)
	v, ok := tryRecv(ch)
	fmt.Println("closed", v, ok)

	var nilCh chan int
	select {
	case nilCh <- 1:
		fmt.Println("impossible")
	case <-nilCh:
		fmt.Println("impossible")
	default:
		fmt.Println("nil channels never ready")
	}
	done := make(chan string, 1)
	done <- "finished"
	select {
	case msg := <-done:
		fmt.Println(msg)
	case <-time.After(time.Hour):
		fmt.Println("timeout")
	}
	timer := time.NewTimer(time.Hour)
	results := make(chan int)
	go func() { results <- 42 }()
	select {
	case r := <-results:
		fmt.Println("result", r, timer.Stop())
	case <-timer.C:
		fmt.Println("timer fired")
	}
}
