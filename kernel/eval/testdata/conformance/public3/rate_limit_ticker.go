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
	start := time.Now()
	for req := range requests {
		<-limiter.C
		fmt.Println("request", req)
	}
	fmt.Println("took at least 25ms:", time.Since(start) >= 20*time.Millisecond)

	burstyLimiter := make(chan time.Time, 3)
	for range 3 {
		burstyLimiter <- time.Now()
	}
	go func() {
		for t := range time.Tick(5 * time.Millisecond) {
			burstyLimiter <- t
		}
	}()
	burstyRequests := make(chan int, 5)
	for i := 1; i <= 5; i++ {
		burstyRequests <- i
	}
	close(burstyRequests)
	for req := range burstyRequests {
		<-burstyLimiter
		fmt.Println("bursty request", req)
	}
	tk := time.NewTicker(2 * time.Millisecond)
	n := 0
	for range tk.C {
		n++
		if n == 3 {
			tk.Stop()
			break
		}
	}
	fmt.Println("ticks:", n)
	tk.Reset(time.Millisecond)
	<-tk.C
	tk.Stop()
	fmt.Println("reset ticker fired")
}
