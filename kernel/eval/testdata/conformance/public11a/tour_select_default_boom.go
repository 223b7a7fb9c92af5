package main

import (
	"fmt"
	"time"
)

func main() {
	tick := time.Tick(20 * time.Millisecond)
	boom := time.After(110 * time.Millisecond)
	ticks := 0
	dots := 0
	for {
		select {
		case <-tick:
			ticks++
		case <-boom:
			fmt.Println("BOOM!", ticks >= 1, dots > 0)
			return
		default:
			dots++
			time.Sleep(5 * time.Millisecond)
		}
	}
}
