package main

import (
	"fmt"
	"time"
)

func fetch(id int) <-chan string {
	ch := make(chan string, 1)
	go func() { ch <- fmt.Sprintf("item-%02d", id) }()
	return ch
}

func main() {
	for i := range 4 {
		select {
		case v := <-fetch(i):
			fmt.Println("got", v)
		case <-time.After(time.Hour):
			fmt.Println("timeout")
		}
	}
	timer := time.NewTimer(time.Hour)
	done := make(chan bool)
	go func() { done <- true }()
	select {
	case <-timer.C:
		fmt.Println("timer")
	case ok := <-done:
		fmt.Println("done", ok, "stopped:", timer.Stop())
	}
	fmt.Println("stop again:", timer.Stop())
	fmt.Println("reset:", timer.Reset(time.Hour), timer.Stop())
	var nilch chan int
	select {
	case v := <-nilch:
		fmt.Println("impossible", v)
	default:
		fmt.Println("nil channel never ready")
	}
}
