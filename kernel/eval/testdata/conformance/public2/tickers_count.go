package main

import (
	"fmt"
	"time"
)

func main() {
	ticker := time.NewTicker(10 * time.Millisecond)
	done := make(chan bool)
	count := make(chan int)
	go func() {
		n := 0
		for {
			select {
			case <-done:
				count <- n
				return
			case <-ticker.C:
				n++
				if n <= 3 {
					fmt.Println("Tick", n)
				}
				if n == 3 {
					go func() { done <- true }()
				}
			}
		}
	}()
	n := <-count
	ticker.Stop()
	fmt.Println("Ticker stopped, at least 3:", n >= 3)
}
