package main

import (
	"fmt"
	"time"
)

type Status struct {
	Processed int
	Beats     int
}

func worker(done <-chan struct{}, work <-chan int, beat time.Duration) (<-chan struct{}, <-chan int) {
	heartbeat := make(chan struct{}, 1)
	results := make(chan int)
	go func() {
		defer close(results)
		defer close(heartbeat)
		pulse := time.NewTicker(beat)
		defer pulse.Stop()
		send := func() {
			select {
			case heartbeat <- struct{}{}:
			default:
			}
		}
		for {
			select {
			case <-done:
				return
			case <-pulse.C:
				send()
			case w, ok := <-work:
				if !ok {
					return
				}
				send()
				select {
				case results <- w * w:
				case <-done:
					return
				}
			}
		}
	}()
	return heartbeat, results
}

func main() {
	done := make(chan struct{})
	work := make(chan int)
	hb, res := worker(done, work, time.Millisecond)
	go func() {
		for i := 1; i <= 6; i++ {
			work <- i
		}
		close(work)
	}()
	var st Status
	sum := 0
	for {
		select {
		case _, ok := <-hb:
			if ok {
				st.Beats++
			}
			continue
		case r, ok := <-res:
			if !ok {
				close(done)
				fmt.Println("processed", st.Processed, "sum", sum, "beats>0", st.Beats > 0)
				return
			}
			st.Processed++
			sum += r
		}
	}
}
