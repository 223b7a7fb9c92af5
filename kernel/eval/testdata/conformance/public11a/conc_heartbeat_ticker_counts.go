package main

import (
	"fmt"
	"time"
)

func worker(done <-chan struct{}, pulse time.Duration, work []int) (<-chan struct{}, <-chan int) {
	hb := make(chan struct{}, 1)
	results := make(chan int)
	go func() {
		defer close(hb)
		defer close(results)
		t := time.NewTicker(pulse)
		defer t.Stop()
		sendPulse := func() {
			select {
			case hb <- struct{}{}:
			default:
			}
		}
		for _, w := range work {
			for {
				select {
				case <-done:
					return
				case <-t.C:
					sendPulse()
					continue
				case results <- w * 10:
				}
				break
			}
		}
	}()
	return hb, results
}

func main() {
	done := make(chan struct{})
	defer close(done)
	hb, results := worker(done, time.Millisecond, []int{1, 2, 3, 4, 5})
	sum := 0
	for hb != nil || results != nil {
		select {
		case _, ok := <-hb:
			if !ok {
				hb = nil
			}
		case r, ok := <-results:
			if !ok {
				results = nil
				continue
			}
			sum += r
			fmt.Println("result", r)
		case <-time.After(2 * time.Second):
			fmt.Println("worker unhealthy")
			return
		}
	}
	fmt.Println("both closed, sum", sum)
}
