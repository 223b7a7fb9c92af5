package main

import (
	"fmt"
	"time"
)

func main() {
	timer1 := time.NewTimer(10 * time.Millisecond)
	<-timer1.C
	fmt.Println("Timer 1 fired")

	timer2 := time.NewTimer(time.Second)
	fired := make(chan bool, 1)
	go func() {
		<-timer2.C
		fired <- true
	}()
	stop2 := timer2.Stop()
	if stop2 {
		fmt.Println("Timer 2 stopped")
	}

	ticker := time.NewTicker(5 * time.Millisecond)
	n := 0
	for range ticker.C {
		n++
		if n == 3 {
			break
		}
	}
	ticker.Stop()
	fmt.Println("ticks:", n)
	t := time.AfterFunc(time.Hour, func() { fmt.Println("never") })
	fmt.Println(t.Stop())
	select {
	case <-fired:
		fmt.Println("timer 2 fired?!")
	case <-time.After(30 * time.Millisecond):
		fmt.Println("timer 2 silent")
	}
}
