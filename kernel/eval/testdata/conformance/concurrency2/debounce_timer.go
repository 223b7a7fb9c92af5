package main

import (
	"fmt"
	"time"
)

func main() {
	events := make(chan string)
	out := make(chan []string)
	go func() {
		var batch []string
		var timer *time.Timer
		var timeout <-chan time.Time
		for {
			select {
			case e, ok := <-events:
				if !ok {
					out <- batch
					return
				}
				batch = append(batch, e)
				if timer == nil {
					timer = time.NewTimer(time.Hour)
					timeout = timer.C
				}
				timer.Reset(time.Hour)
			case <-timeout:
				fmt.Println("unexpected timeout")
			}
		}
	}()
	for _, e := range []string{"a", "b", "c"} {
		events <- e
	}
	close(events)
	fmt.Println(<-out)
}
