package main

import (
	"fmt"
	"time"
)

func main() {
	ready := make(chan string, 1)
	ready <- "value"
	select {
	case v := <-ready:
		fmt.Println("ready first:", v)
	case <-time.After(time.Hour):
		fmt.Println("timeout")
	}
	empty := make(chan string)
	select {
	case v := <-empty:
		fmt.Println("got", v)
	case <-time.After(20 * time.Millisecond):
		fmt.Println("timed out on empty channel")
	}
}
