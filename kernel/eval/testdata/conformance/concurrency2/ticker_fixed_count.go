package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTicker(3 * time.Millisecond)
	done := make(chan struct{})
	ticks := make(chan int)
	go func() {
		n := 0
		for {
			select {
			case <-done:
				ticks <- n
				return
			case <-t.C:
				n++
				if n == 4 {
					t.Stop()
					go close(done)
				}
			}
		}
	}()
	fmt.Println("ticks:", <-ticks)
	t.Reset(time.Millisecond)
	<-t.C
	t.Stop()
	fmt.Println("ticker reset and stopped")
}
