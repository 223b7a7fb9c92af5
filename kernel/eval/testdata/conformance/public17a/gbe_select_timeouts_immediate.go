package main

import (
	"fmt"
	"time"
)

func main() {
	c1 := make(chan string, 1)
	go func() { c1 <- "result 1" }()
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
	tick := make(chan int)
	quit := make(chan struct{})
	go func() {
		for i := 0; i < 3; i++ {
			tick <- i
		}
		close(quit)
	}()
	for {
		select {
		case v := <-tick:
			fmt.Println("tick", v)
			continue
		case <-quit:
			fmt.Println("quit")
		}
		break
	}
}
