package main

import (
	"fmt"
	"time"
)

func main() {
	tick := make(chan struct{})
	boom := make(chan struct{})
	go func() {
		for i := 0; i < 3; i++ {
			time.Sleep(2 * time.Millisecond)
			tick <- struct{}{}
		}
		boom <- struct{}{}
	}()
	ticks := 0
	for {
		select {
		case <-tick:
			ticks++
			fmt.Println("tick.")
		case <-boom:
			fmt.Println("BOOM!", ticks)
			return
		default:
			time.Sleep(time.Millisecond)
		}
	}
}
