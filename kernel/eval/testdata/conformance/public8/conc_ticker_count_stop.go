package main

import (
	"fmt"
	"time"
)

func main() {
	ticker := time.NewTicker(2 * time.Millisecond)
	defer ticker.Stop()
	n := 0
	for range ticker.C {
		n++
		if n == 5 {
			break
		}
	}
	fmt.Println("ticks:", n)

	done := make(chan bool)
	count := 0
	t2 := time.NewTicker(time.Millisecond)
	go func() {
		for {
			select {
			case <-done:
				return
			case <-t2.C:
				count++
				if count == 3 {
					t2.Stop()
					done <- true
				}
			}
		}
	}()
	<-done
	fmt.Println("count:", count)
	timer := time.AfterFunc(time.Hour, func() { fmt.Println("never") })
	fmt.Println("stopped:", timer.Stop())
	fired := make(chan int, 1)
	time.AfterFunc(time.Millisecond, func() { fired <- 7 })
	fmt.Println("fired:", <-fired)
	tm := time.NewTimer(time.Millisecond)
	<-tm.C
	fmt.Println(tm.Reset(time.Hour), tm.Stop())
}
