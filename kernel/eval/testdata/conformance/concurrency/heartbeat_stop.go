package main

import (
	"fmt"
	"time"
)

func worker(stop <-chan struct{}, beats chan<- int) {
	defer close(beats)
	t := time.NewTicker(2 * time.Millisecond)
	defer t.Stop()
	n := 0
	for {
		select {
		case <-stop:
			return
		case <-t.C:
			n++
			select {
			case beats <- n:
			default:
			}
		}
	}
}

func main() {
	stop := make(chan struct{})
	beats := make(chan int, 1)
	go worker(stop, beats)
	last := 0
	for b := range beats {
		if b <= last {
			fmt.Println("not increasing")
		}
		last = b
		if b >= 3 {
			close(stop)
			break
		}
	}
	for range beats {
	}
	fmt.Println("saw at least 3 beats:", last >= 3)
}
