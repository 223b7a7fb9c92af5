package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

const MaxOutstanding = 2

var sem = make(chan int, MaxOutstanding)

var active, peak atomic.Int32

func process(r int) int {
	n := active.Add(1)
	for {
		p := peak.Load()
		if n <= p || peak.CompareAndSwap(p, n) {
			break
		}
	}
	time.Sleep(2 * time.Millisecond)
	active.Add(-1)
	return r * r
}

func main() {
	var wg sync.WaitGroup
	results := make([]int, 6)
	for i := range 6 {
		sem <- 1
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = process(i)
			<-sem
		}()
	}
	wg.Wait()
	fmt.Println(results, peak.Load() <= MaxOutstanding)
}
