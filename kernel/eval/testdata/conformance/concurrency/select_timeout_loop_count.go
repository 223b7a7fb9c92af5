package main

import (
	"fmt"
	"time"
)

func main() {
	data := make(chan int)
	go func() {
		for i := 0; i < 3; i++ {
			data <- i
		}
	}()
	received := 0
	timeouts := 0
	for timeouts == 0 {
		select {
		case v := <-data:
			fmt.Println("value", v)
			received++
		case <-time.After(50 * time.Millisecond):
			timeouts++
		}
	}
	fmt.Println("received", received, "then timed out")
}
