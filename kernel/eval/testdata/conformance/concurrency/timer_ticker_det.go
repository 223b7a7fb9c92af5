package main

import (
	"fmt"
	"time"
)

func main() {
	timer := time.NewTimer(20 * time.Millisecond)
	<-timer.C
	fmt.Println("timer fired")
	t2 := time.NewTimer(time.Hour)
	fmt.Println("stopped:", t2.Stop())
	ticker := time.NewTicker(5 * time.Millisecond)
	n := 0
	for range ticker.C {
		n++
		if n == 3 {
			ticker.Stop()
			break
		}
	}
	fmt.Println("ticks", n)
	select {
	case <-time.After(10 * time.Millisecond):
		fmt.Println("timeout")
	}
}
