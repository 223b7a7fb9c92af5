package main

import (
	"fmt"
	"time"
)

func main() {
	ch := make(chan string, 1)
	ch <- "ready"
	select {
	case v := <-ch:
		fmt.Println("got", v)
	case <-time.After(time.Second):
		fmt.Println("timeout")
	}
	empty := make(chan int)
	select {
	case v := <-empty:
		fmt.Println(v)
	case <-time.After(10 * time.Millisecond):
		fmt.Println("timeout on empty")
	}
	var nilch chan int
	select {
	case nilch <- 1:
		fmt.Println("sent on nil?")
	default:
		fmt.Println("nil channel blocks; default runs")
	}
	done := make(chan struct{})
	close(done)
	n := 0
	for i := 0; i < 3; i++ {
		select {
		case <-done:
			n++
		}
	}
	fmt.Println("closed receives:", n)
	results := make(chan int, 3)
	for i := 0; i < 3; i++ {
		results <- i * i
	}
	close(results)
	sum := 0
loop:
	for {
		select {
		case v, ok := <-results:
			if !ok {
				break loop
			}
			sum += v
		case <-time.After(time.Second):
			break loop
		}
	}
	fmt.Println("sum", sum)
}
