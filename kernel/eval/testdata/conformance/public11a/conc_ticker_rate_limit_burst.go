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
	limiter := time.NewTicker(3 * time.Millisecond)
	defer limiter.Stop()
	served := 0
	for req := range requests {
		<-limiter.C
		served++
		fmt.Println("request", req)
	}
	fmt.Println("served", served)

	bursty := make(chan struct{}, 3)
	for range 3 {
		bursty <- struct{}{}
	}
	stop := make(chan struct{})
	go func() {
		t := time.NewTicker(2 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-t.C:
				select {
				case bursty <- struct{}{}:
				default:
				}
			case <-stop:
				return
			}
		}
	}()
	for i := 1; i <= 6; i++ {
		<-bursty
		fmt.Println("bursty request", i)
	}
	close(stop)
}
