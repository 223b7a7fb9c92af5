package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	const limit = 3
	sem := make(chan struct{}, limit)
	var active, peak atomic.Int32
	var wg sync.WaitGroup
	results := make([]int, 12)
	for i := range results {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			n := active.Add(1)
			for {
				p := peak.Load()
				if n <= p || peak.CompareAndSwap(p, n) {
					break
				}
			}
			sum := 0
			for k := 0; k <= i*1000; k++ {
				sum += k % 7
			}
			results[i] = sum
			active.Add(-1)
		}()
	}
	wg.Wait()
	fmt.Println(results)
	fmt.Println("peak within limit:", peak.Load() <= limit, "active now:", active.Load())
	fmt.Println(len(sem), cap(sem))
}
