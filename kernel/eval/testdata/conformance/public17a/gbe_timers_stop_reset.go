package main

import (
	"fmt"
	"time"
)

func main() {
	timer1 := time.NewTimer(20 * time.Millisecond)
	<-timer1.C
	fmt.Println("Timer 1 fired")
	timer2 := time.NewTimer(time.Hour)
	go func() {
		<-timer2.C
		fmt.Println("Timer 2 fired")
	}()
	stop2 := timer2.Stop()
	if stop2 {
		fmt.Println("Timer 2 stopped")
	}
	t3 := time.NewTimer(time.Hour)
	fmt.Println(t3.Reset(time.Millisecond))
	<-t3.C
	fmt.Println("Timer 3 fired after reset", t3.Stop())
	done := make(chan string, 1)
	time.AfterFunc(time.Millisecond, func() { done <- "afterfunc" })
	fmt.Println(<-done)
	ticker := time.NewTicker(2 * time.Millisecond)
	n := 0
	for range ticker.C {
		n++
		if n == 3 {
			ticker.Stop()
			break
		}
	}
	fmt.Println("ticks:", n)
}
