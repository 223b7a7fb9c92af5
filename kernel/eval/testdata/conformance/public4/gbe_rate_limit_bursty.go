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
	bursty := make(chan time.Time, 3)
	for range 3 {
		bursty <- time.Now()
	}
	go func() {
		for t := range time.Tick(2 * time.Millisecond) {
			bursty <- t
		}
	}()
	br := make(chan int, 5)
	for i := 1; i <= 5; i++ {
		br <- i
	}
	close(br)
	n := 0
	for req := range br {
		<-bursty
		n++
		fmt.Println("request", req)
	}
	fmt.Println(n)
}
