package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

func main() {
	const limit = 3
	sem := make(chan struct{}, limit)
	var cur, peak atomic.Int32
	var wg sync.WaitGroup
	res := make([]int, 12)
	for i := range 12 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			n := cur.Add(1)
			for {
				p := peak.Load()
				if n <= p || peak.CompareAndSwap(p, n) {
					break
				}
			}
			time.Sleep(2 * time.Millisecond)
			res[i] = i * 2
			cur.Add(-1)
		}()
	}
	wg.Wait()
	fmt.Println(res)
	fmt.Println("peak within limit:", peak.Load() <= limit, "final", cur.Load())
}
