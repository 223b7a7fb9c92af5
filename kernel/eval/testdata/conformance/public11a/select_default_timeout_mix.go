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
	case v := <-ch:
		return v, true
	default:
		return 0, false
	}
}

func main() {
	ch := make(chan int, 2)
	for i := range 4 {
		fmt.Println("send", i, trySend(ch, i))
	}
	for range 3 {
		v, ok := tryRecv(ch)
		fmt.Println("recv", v, ok)
	}
	slow := make(chan string)
	go func() {
		time.Sleep(300 * time.Millisecond)
		slow <- "late"
	}()
	select {
	case s := <-slow:
		fmt.Println(s)
	case <-time.After(5 * time.Millisecond):
		fmt.Println("timeout 1")
	}
	select {
	case s := <-slow:
		fmt.Println("eventually", s)
	case <-time.After(2 * time.Second):
		fmt.Println("timeout 2")
	}
	timeouts := 0
	quiet := make(chan int)
	for range 3 {
		select {
		case <-quiet:
		case <-time.After(time.Millisecond):
			timeouts++
		}
	}
	fmt.Println("timeouts:", timeouts)
}
