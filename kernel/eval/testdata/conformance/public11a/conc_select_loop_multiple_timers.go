package main

import (
	"fmt"
	"time"
)

func main() {
	fast := time.NewTimer(5 * time.Millisecond)
	slow := time.NewTimer(400 * time.Millisecond)
	never := time.NewTimer(time.Hour)
	defer never.Stop()
	events := []string{}
	for len(events) < 2 {
		select {
		case <-fast.C:
			events = append(events, "fast")
		case <-slow.C:
			events = append(events, "slow")
		case <-never.C:
			events = append(events, "never")
		}
	}
	fmt.Println(events)
	fmt.Println("never stopped:", never.Stop())
	deadline := time.After(2 * time.Second)
	tick := time.NewTicker(time.Millisecond)
	defer tick.Stop()
	ticks := 0
loop:
	for {
		select {
		case <-tick.C:
			ticks++
			if ticks == 5 {
				break loop
			}
		case <-deadline:
			fmt.Println("deadline first")
			break loop
		}
	}
	fmt.Println("ticks:", ticks)
	d := 1500 * time.Millisecond
	fmt.Println(d, d.Seconds(), time.Duration(90)*time.Second, d.String() == "1.5s")
}
