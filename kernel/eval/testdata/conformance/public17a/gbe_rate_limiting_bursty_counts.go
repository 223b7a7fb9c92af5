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
	limiter := time.Tick(2 * time.Millisecond)
	var served []int
	for req := range requests {
		<-limiter
		served = append(served, req)
	}
	fmt.Println("served", served)
	burstyLimiter := make(chan time.Time, 3)
	for range 3 {
		burstyLimiter <- time.Time{}
	}
	go func() {
		for t := range time.Tick(2 * time.Millisecond) {
			burstyLimiter <- t
		}
	}()
	burstyRequests := make(chan int, 5)
	for i := 1; i <= 5; i++ {
		burstyRequests <- i
	}
	close(burstyRequests)
	zeros := 0
	for range burstyRequests {
		t := <-burstyLimiter
		if t.IsZero() {
			zeros++
		}
	}
	fmt.Println("burst served immediately:", zeros)
}
