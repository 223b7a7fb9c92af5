package main

import (
	"fmt"
	"time"
)

func main() {
	c1 := make(chan string, 1)
	go func() {
		c1 <- "result 1"
	}()
	select {
	case res := <-c1:
		fmt.Println(res)
	case <-time.After(5 * time.Second):
		fmt.Println("timeout 1")
	}

	c2 := make(chan string)
	select {
	case res := <-c2:
		fmt.Println(res)
	case <-time.After(10 * time.Millisecond):
		fmt.Println("timeout 2")
	}

	msgs := make(chan string)
	select {
	case m := <-msgs:
		fmt.Println("got", m)
	default:
		fmt.Println("no message")
	}
	done := make(chan struct{})
	ticks := 0
	tk := time.NewTicker(time.Millisecond)
	go func() {
		time.Sleep(50 * time.Millisecond)
		close(done)
	}()
loop:
	for {
		select {
		case <-done:
			break loop
		case <-tk.C:
			ticks++
		}
	}
	tk.Stop()
	fmt.Println("ticked", ticks > 0)
	var nilch chan int
	select {
	case v := <-nilch:
		fmt.Println(v)
	case <-time.After(time.Millisecond):
		fmt.Println("nil channel never ready")
	}
}
