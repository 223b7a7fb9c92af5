package main

import (
	"fmt"
	"time"
)

func main() {
	requests := make(chan int, 5)
	for i := 1; i <= 5; i++ {
		requests <- i
	}
	close(requests)
	limiter := time.NewTicker(5 * time.Millisecond)
	defer limiter.Stop()
	served := 0
	for req := range requests {
		<-limiter.C
		served++
		fmt.Println("request", req, "served")
	}
	fmt.Println("served", served)

	bursty := make(chan struct{}, 3)
	for i := 0; i < 3; i++ {
		bursty <- struct{}{}
	}
	go func() {
		t := time.NewTicker(5 * time.Millisecond)
		defer t.Stop()
		for i := 0; i < 2; i++ {
			<-t.C
			bursty <- struct{}{}
		}
	}()
	for i := 1; i <= 5; i++ {
		<-bursty
		fmt.Println("burst request", i)
	}
	fmt.Println("pending tokens:", len(bursty))
}
